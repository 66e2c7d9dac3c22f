import { changeRoleInput, removeMemberInput } from '../../services/members/schemas';
import { listMembers } from '../../services/members/list';
import { changeMemberRole } from '../../services/members/change-role';
import { removeMember } from '../../services/members/remove';
import { tenantProcedure, router } from '../init';

export const membersRouter = router({
  list: tenantProcedure('viewer').query(({ ctx }) => listMembers({ ctx })),
  changeRole: tenantProcedure('admin').input(changeRoleInput).mutation(({ ctx, input }) => changeMemberRole({ ctx, input })),
  remove: tenantProcedure('admin').input(removeMemberInput).mutation(({ ctx, input }) => removeMember({ ctx, input })),
});
