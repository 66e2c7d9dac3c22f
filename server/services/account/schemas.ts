import { z } from 'zod';
import { passwordSchema } from '../../auth/password-rules';
import { organizationNameSchema } from '../organizations/schemas';

export const emailSchema = z.string().trim().toLowerCase().email('Enter a valid email address.').max(254);

export const signUpInput = z.object({
  name: z.string().trim().min(1, 'Tell us your name.').max(100),
  email: emailSchema,
  password: passwordSchema,
  /** Optional: someone who signs up to accept an invitation needs no organization of their own. */
  organizationName: organizationNameSchema.optional(),
});
export type SignUpInput = z.input<typeof signUpInput>;

export const signInInput = z.object({ email: emailSchema, password: z.string().min(1).max(1024) });

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;
