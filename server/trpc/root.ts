import { createCallerFactory, router } from './init';
import { accountRouter } from './routers/account';
import { organizationRouter } from './routers/organization';
import { membersRouter } from './routers/members';
import { invitationsRouter } from './routers/invitations';
import { providerAccessRouter } from './routers/provider-access';
import { portfolioRouter } from './routers/portfolio';

export const appRouter = router({
  account: accountRouter,
  organization: organizationRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  providerAccess: providerAccessRouter,
  portfolio: portfolioRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
