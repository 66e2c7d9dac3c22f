import { auditFacets, listAudit } from '../../services/audit/list';
import { listAuditInput } from '../../services/audit/schemas';
import { router, tenantProcedure } from '../init';

/**
 * The audit log is for admins and owners: its before/after values hold every field of every record,
 * including members' and invitees' email addresses, roles and costs, and it is an oversight tool
 * (who changed what), not a planning one.
 */
export const auditRouter = router({
  list: tenantProcedure('admin').input(listAuditInput).query(({ ctx, input }) => listAudit({ ctx, input })),
  facets: tenantProcedure('admin').query(({ ctx }) => auditFacets({ ctx })),
});
