import { z } from 'zod';
import { changePasswordInput, signUpInput } from '../../services/account/schemas';
import { changePassword } from '../../services/account/change-password';
import { signUp } from '../../services/account/sign-up';
import { listMyOrganizations } from '../../services/account/list-organizations';
import { signOutEverywhere } from '../../services/account/sign-out-everywhere';
import { createOrganizationInput } from '../../services/organizations/schemas';
import { createOrganizationForUser } from '../../services/organizations/create';
import { authedProcedure, publicProcedure, router } from '../init';

export const accountRouter = router({
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    const { user, organization } = await signUp({ db: ctx.db, input });
    return { userId: user.id, email: user.email, organization: organization ? { slug: organization.slug, name: organization.name } : null };
  }),
  me: authedProcedure.query(({ ctx }) => ctx.user),
  organizations: authedProcedure.query(({ ctx }) => listMyOrganizations({ db: ctx.db, userId: ctx.user.id })),
  createOrganization: authedProcedure.input(createOrganizationInput).mutation(async ({ ctx, input }) => {
    const org = await createOrganizationForUser({ db: ctx.db, userId: ctx.user.id, input });
    return { slug: org.slug, name: org.name, kind: org.kind };
  }),
  changePassword: authedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changePassword({ db: ctx.db, userId: ctx.user.id, ip: ctx.ip, input })),
  signOutEverywhere: authedProcedure.input(z.object({}).optional()).mutation(({ ctx }) => signOutEverywhere({ db: ctx.db, userId: ctx.user.id })),
});
