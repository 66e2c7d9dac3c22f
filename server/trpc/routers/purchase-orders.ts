import {
  createPurchaseOrderInput,
  listPurchaseOrdersInput,
  markPurchaseOrderInTransitInput,
  purchaseOrderIdInput,
  receivePurchaseOrderInput,
} from '../../services/purchase-orders/schemas';
import { listPurchaseOrders } from '../../services/purchase-orders/list';
import { getPurchaseOrder } from '../../services/purchase-orders/get';
import { createPurchaseOrder } from '../../services/purchase-orders/create';
import { markPurchaseOrderInTransit } from '../../services/purchase-orders/mark-in-transit';
import { receivePurchaseOrder } from '../../services/purchase-orders/receive';
import { cancelPurchaseOrder } from '../../services/purchase-orders/cancel';
import { router, tenantProcedure } from '../init';

export const purchaseOrdersRouter = router({
  list: tenantProcedure('viewer').input(listPurchaseOrdersInput).query(({ ctx, input }) => listPurchaseOrders({ ctx, input })),
  get: tenantProcedure('viewer').input(purchaseOrderIdInput).query(({ ctx, input }) => getPurchaseOrder({ ctx, input })),
  create: tenantProcedure('planner').input(createPurchaseOrderInput).mutation(({ ctx, input }) => createPurchaseOrder({ ctx, input })),
  markInTransit: tenantProcedure('planner').input(markPurchaseOrderInTransitInput).mutation(({ ctx, input }) => markPurchaseOrderInTransit({ ctx, input })),
  receive: tenantProcedure('planner').input(receivePurchaseOrderInput).mutation(({ ctx, input }) => receivePurchaseOrder({ ctx, input })),
  cancel: tenantProcedure('planner').input(purchaseOrderIdInput).mutation(({ ctx, input }) => cancelPurchaseOrder({ ctx, input })),
});
