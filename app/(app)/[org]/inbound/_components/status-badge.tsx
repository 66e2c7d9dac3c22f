import type { PurchaseOrderStatus } from '@/server/services/purchase-orders/schemas';
import { Badge, type BadgeTone } from '../../../../_components/ui/badge';

export const PO_STATUS_LABEL: Record<PurchaseOrderStatus, string> = {
  draft: 'Draft',
  ordered: 'Ordered',
  in_transit: 'In transit',
  received: 'Received',
  cancelled: 'Cancelled',
};
const TONES: Record<PurchaseOrderStatus, BadgeTone> = { draft: 'neutral', ordered: 'brand', in_transit: 'amber', received: 'green', cancelled: 'red' };

export function PurchaseOrderStatusBadge({ status }: { status: PurchaseOrderStatus }) {
  return <Badge tone={TONES[status]}>{PO_STATUS_LABEL[status]}</Badge>;
}
