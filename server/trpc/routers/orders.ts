import { cancelOrder } from '../../services/orders/cancel';
import { createOrder } from '../../services/orders/create';
import { updateOrder } from '../../services/orders/update';
import { getOrder } from '../../services/orders/get';
import { summarizeOrderKpis } from '../../services/orders/kpi-summary';
import { listOrders } from '../../services/orders/list';
import { listOrderLines } from '../../services/orders/list-lines';
import { orderFilterOptions, searchOrderSkus } from '../../services/orders/options';
import { cancelOrderInput, createOrderInput, updateOrderInput, listOrdersInput, orderIdInput, orderKpisInput, orderSkuSearchInput } from '../../services/orders/schemas';
import { router, tenantProcedure } from '../init';

export const ordersRouter = router({
  list: tenantProcedure('viewer').input(listOrdersInput).query(({ ctx, input }) => listOrders({ ctx, input })),
  /** One row per order line with its order's columns (the CSV download, which imports back). */
  lines: tenantProcedure('viewer').input(listOrdersInput).query(({ ctx, input }) => listOrderLines({ ctx, input })),
  get: tenantProcedure('viewer').input(orderIdInput).query(({ ctx, input }) => getOrder({ ctx, input })),
  kpis: tenantProcedure('viewer').input(orderKpisInput).query(({ ctx, input }) => summarizeOrderKpis({ ctx, input })),
  options: tenantProcedure('viewer').query(({ ctx }) => orderFilterOptions({ ctx })),
  skuSearch: tenantProcedure('viewer').input(orderSkuSearchInput).query(({ ctx, input }) => searchOrderSkus({ ctx, input })),
  create: tenantProcedure('planner').input(createOrderInput).mutation(({ ctx, input }) => createOrder({ ctx, input })),
  update: tenantProcedure('planner').input(updateOrderInput).mutation(({ ctx, input }) => updateOrder({ ctx, input })),
  cancel: tenantProcedure('planner').input(cancelOrderInput).mutation(({ ctx, input }) => cancelOrder({ ctx, input })),
});
