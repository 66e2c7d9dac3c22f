import { listClients } from '../../services/portfolio/list-clients';
import { providerProcedure, router } from '../init';

export const portfolioRouter = router({
  clients: providerProcedure.query(({ ctx }) => listClients({ ctx })),
});
