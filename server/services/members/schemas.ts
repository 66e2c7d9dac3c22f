import { z } from 'zod';
import { PROVIDER_ROLES, TENANT_ROLES } from '../../auth/roles';

export const memberRoleSchema = z.enum([...TENANT_ROLES, ...PROVIDER_ROLES.filter((r) => r !== 'owner')] as ['owner', 'admin', 'planner', 'viewer', 'account_manager']);
export const changeRoleInput = z.object({ membershipId: z.string().uuid(), role: memberRoleSchema });
export const removeMemberInput = z.object({ membershipId: z.string().uuid() });
