import { forecastDetailInput, forecastSummaryInput, listForecastsInput } from '../../services/forecasts/schemas';
import { getForecastSummary } from '../../services/forecasts/summary';
import { listForecasts } from '../../services/forecasts/list';
import { getForecastDetail } from '../../services/forecasts/detail';
import { router, tenantProcedure } from '../init';

export const forecastsRouter = router({
  summary: tenantProcedure('viewer').input(forecastSummaryInput).query(({ ctx, input }) => getForecastSummary({ ctx, input })),
  list: tenantProcedure('viewer').input(listForecastsInput).query(({ ctx, input }) => listForecasts({ ctx, input })),
  detail: tenantProcedure('viewer').input(forecastDetailInput).query(({ ctx, input }) => getForecastDetail({ ctx, input })),
});
