import { createInvitationInput, invitationTokenInput, revokeInvitationInput } from '../../services/invitations/schemas';
import { createInvitation } from '../../services/invitations/create';
import { listInvitations } from '../../services/invitations/list';
import { revokeInvitation } from '../../services/invitations/revoke';
import { acceptInvitation, previewInvitation } from '../../services/invitations/accept';
import { sendMail } from '../../email/transport';
import { authedProcedure, publicProcedure, tenantProcedure, router } from '../init';

export const invitationsRouter = router({
  list: tenantProcedure('admin').query(({ ctx }) => listInvitations({ ctx })),
  create: tenantProcedure('admin')
    .input(createInvitationInput)
    .mutation(async ({ ctx, input }) => {
      const { invitation, link, mail } = await createInvitation({ ctx, input });
      const { via } = await sendMail(ctx.tx, mail);
      return { invitation, via, link: via === 'outbox' ? link : undefined };
    }),
  revoke: tenantProcedure('admin').input(revokeInvitationInput).mutation(({ ctx, input }) => revokeInvitation({ ctx, input })),
  preview: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) => previewInvitation({ db: ctx.db, token: input.token })),
  accept: authedProcedure.input(invitationTokenInput).mutation(({ ctx, input }) => acceptInvitation({ db: ctx.db, token: input.token, user: ctx.user })),
});
