import { z } from 'zod';

export const organizationNameSchema = z.string().trim().min(2, 'Use at least 2 characters.').max(80, 'Use at most 80 characters.');

/** An IANA time zone name the runtime knows (e.g. America/Chicago, Europe/Berlin, UTC). */
export const timezoneSchema = z
  .string()
  .trim()
  .min(1, 'Choose a time zone.')
  .max(64)
  .refine(isTimeZone, 'Use an IANA time zone such as America/Chicago or Europe/Berlin.');

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const createOrganizationInput = z.object({
  name: organizationNameSchema,
  kind: z.enum(['importer', 'provider']).default('importer'),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code, e.g. USD.')
    .default('USD'),
  timezone: timezoneSchema.default('America/Chicago'),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;

/** Settings → Organization (admins): what an organization may change about itself. */
export const updateOrganizationInput = z.object({
  name: organizationNameSchema,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code, e.g. USD.'),
  timezone: timezoneSchema,
});
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationInput>;
