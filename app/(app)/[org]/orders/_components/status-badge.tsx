import { ORDER_STATUS_LABELS, type OrderStatus } from '@/server/services/orders/schemas';
import { Badge, type BadgeTone } from '../../../../_components/ui/badge';

const TONES: Record<OrderStatus, BadgeTone> = { open: 'neutral', shipped: 'brand', delivered: 'green', cancelled: 'amber' };

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={TONES[status]}>{ORDER_STATUS_LABELS[status]}</Badge>;
}
