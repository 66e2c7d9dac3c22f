import {
  acceptRecommendationsInput,
  dismissRecommendationsInput,
  listRecommendationsInput,
  snoozeRecommendationsInput,
} from '../../services/recommendations/schemas';
import { listRecommendations } from '../../services/recommendations/list';
import { acceptRecommendations } from '../../services/recommendations/accept';
import { dismissRecommendations, snoozeRecommendations } from '../../services/recommendations/decide';
import { router, tenantProcedure } from '../init';

export const recommendationsRouter = router({
  list: tenantProcedure('viewer').input(listRecommendationsInput).query(({ ctx, input }) => listRecommendations({ ctx, input })),
  accept: tenantProcedure('planner').input(acceptRecommendationsInput).mutation(({ ctx, input }) => acceptRecommendations({ ctx, input })),
  dismiss: tenantProcedure('planner').input(dismissRecommendationsInput).mutation(({ ctx, input }) => dismissRecommendations({ ctx, input })),
  snooze: tenantProcedure('planner').input(snoozeRecommendationsInput).mutation(({ ctx, input }) => snoozeRecommendations({ ctx, input })),
});
