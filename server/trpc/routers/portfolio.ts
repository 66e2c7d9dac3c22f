import { listClients } from '../../services/portfolio/list-clients';
import { portfolioInput, portfolioOverview } from '../../services/portfolio/overview';
import { providerProcedure, router } from '../init';

export const portfolioRouter = router({
  clients: providerProcedure.query(({ ctx }) => listClients({ ctx })),
  /** Every client with its KPIs, ranked by risk (server/services/portfolio/overview.ts). */
  overview: providerProcedure.input(portfolioInput).query(({ ctx, input }) => portfolioOverview({ ctx, input })),
});
