import { updateOrganizationInput } from '../../services/organizations/schemas';
import { updateOrganization } from '../../services/organizations/update';
import { tenantProcedure, router } from '../init';

export const organizationRouter = router({
  /** The current organization and the caller's role in it (for the shell). */
  current: tenantProcedure('viewer').query(({ ctx }) => ({
    slug: ctx.tenant.slug,
    name: ctx.tenant.name,
    kind: ctx.tenant.kind,
    currency: ctx.tenant.currency,
    timezone: ctx.tenant.timezone,
    role: ctx.tenant.role,
    via: ctx.tenant.via,
  })),
  /** Name, currency and time zone (admins). */
  update: tenantProcedure('admin').input(updateOrganizationInput).mutation(({ ctx, input }) => updateOrganization({ ctx, input })),
});
