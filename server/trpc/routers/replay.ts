import { deleteReplay } from '../../services/replay/delete';
import { getReplay } from '../../services/replay/get';
import { listReplays } from '../../services/replay/list';
import { replayOptions } from '../../services/replay/options';
import { replayIdInput, startReplayInput } from '../../services/replay/schemas';
import { startReplay } from '../../services/replay/start';
import { router, tenantProcedure } from '../init';

export const replayRouter = router({
  options: tenantProcedure('viewer').query(({ ctx }) => replayOptions({ ctx })),
  list: tenantProcedure('viewer').query(({ ctx }) => listReplays({ ctx })),
  get: tenantProcedure('viewer').input(replayIdInput).query(({ ctx, input }) => getReplay({ ctx, input })),
  start: tenantProcedure('planner').input(startReplayInput).mutation(({ ctx, input }) => startReplay({ ctx, input })),
  delete: tenantProcedure('planner').input(replayIdInput).mutation(({ ctx, input }) => deleteReplay({ ctx, input })),
});
