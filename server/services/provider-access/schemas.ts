import { z } from 'zod';
import { GRANT_ROLES } from '../../auth/roles';

export const grantAccessInput = z.object({
  providerSlug: z.string().trim().toLowerCase().min(3, 'Enter the 3PL organization’s identifier.').max(64),
  role: z.enum(GRANT_ROLES),
});
export const revokeAccessInput = z.object({ grantId: z.string().uuid() });
