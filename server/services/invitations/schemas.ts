import { z } from 'zod';
import { emailSchema } from '../account/schemas';
import { memberRoleSchema } from '../members/schemas';

export const INVITATION_TTL_DAYS = 7;
export const createInvitationInput = z.object({ email: emailSchema, role: memberRoleSchema });
export const revokeInvitationInput = z.object({ invitationId: z.string().uuid() });
export const invitationTokenInput = z.object({ token: z.string().min(20).max(200) });
