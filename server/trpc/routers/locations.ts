import { archiveLocation, unarchiveLocation } from '../../services/locations/archive';
import { createLocation } from '../../services/locations/create';
import { getLocation } from '../../services/locations/get';
import { listLocations } from '../../services/locations/list';
import { locationOptions, operatorOptions } from '../../services/locations/options';
import { createLocationInput, listLocationsInput, locationIdInput, updateLocationInput } from '../../services/locations/schemas';
import { updateLocation } from '../../services/locations/update';
import { router, tenantProcedure } from '../init';

export const locationsRouter = router({
  list: tenantProcedure('viewer').input(listLocationsInput).query(({ ctx, input }) => listLocations({ ctx, input })),
  options: tenantProcedure('viewer').query(({ ctx }) => locationOptions({ ctx })),
  operatorOptions: tenantProcedure('viewer').query(({ ctx }) => operatorOptions({ ctx })),
  get: tenantProcedure('viewer').input(locationIdInput).query(({ ctx, input }) => getLocation({ ctx, input })),
  create: tenantProcedure('planner').input(createLocationInput).mutation(({ ctx, input }) => createLocation({ ctx, input })),
  update: tenantProcedure('planner').input(updateLocationInput).mutation(({ ctx, input }) => updateLocation({ ctx, input })),
  archive: tenantProcedure('planner').input(locationIdInput).mutation(({ ctx, input }) => archiveLocation({ ctx, input })),
  unarchive: tenantProcedure('planner').input(locationIdInput).mutation(({ ctx, input }) => unarchiveLocation({ ctx, input })),
});
