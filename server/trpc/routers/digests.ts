/**
 * The signed-in reader's KPI digest in one organization: preferences, preview, "send me one now".
 * Every member may manage their OWN digest (viewer and up): these procedures never touch anyone else's.
 */
import { digestPreferencesInput } from '../../services/digests/schemas';
import { getDigestPreferences, resumeDigest, updateDigestPreferences } from '../../services/digests/preferences';
import { previewDigest, sendDigestNow } from '../../services/digests/preview';
import { router, tenantProcedure } from '../init';

export const digestsRouter = router({
  preferences: tenantProcedure('viewer').query(({ ctx }) => getDigestPreferences({ ctx, now: new Date() })),
  update: tenantProcedure('viewer')
    .input(digestPreferencesInput)
    .mutation(({ ctx, input }) => updateDigestPreferences({ ctx, input: { cadence: input.cadence, weekday: input.weekday, hour: input.hour, timezone: input.timezone, whenEmpty: input.whenEmpty }, now: new Date() })),
  resume: tenantProcedure('viewer').mutation(({ ctx }) => resumeDigest({ ctx, now: new Date() })),
  preview: tenantProcedure('viewer').query(({ ctx }) => previewDigest({ ctx, now: new Date() })),
  sendNow: tenantProcedure('viewer').mutation(({ ctx }) => sendDigestNow({ ctx, now: new Date() })),
});
