import { getNetworkMap } from '../../services/network-map/get-map';
import { networkMapInput } from '../../services/network-map/schemas';
import { router, tenantProcedure } from '../init';

export const networkRouter = router({
  map: tenantProcedure('viewer').input(networkMapInput).query(({ ctx, input }) => getNetworkMap({ ctx, input })),
});
