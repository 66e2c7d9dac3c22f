import { z } from 'zod';

export const organizationNameSchema = z.string().trim().min(2, 'Use at least 2 characters.').max(80, 'Use at most 80 characters.');

export const createOrganizationInput = z.object({
  name: organizationNameSchema,
  kind: z.enum(['importer', 'provider']).default('importer'),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code, e.g. USD.')
    .default('USD'),
  timezone: z.string().trim().min(1).max(64).default('America/Chicago'),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;
