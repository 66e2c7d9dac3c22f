import type { TransferStatus } from '@/server/services/transfers/schemas';
import { Badge, type BadgeTone } from '../../../../_components/ui/badge';

export const TRANSFER_STATUS_LABEL: Record<TransferStatus, string> = {
  draft: 'Draft',
  approved: 'Approved',
  in_transit: 'In transit',
  received: 'Received',
  cancelled: 'Cancelled',
};
const TONES: Record<TransferStatus, BadgeTone> = { draft: 'neutral', approved: 'brand', in_transit: 'amber', received: 'green', cancelled: 'red' };

export function TransferStatusBadge({ status }: { status: TransferStatus }) {
  return <Badge tone={TONES[status]}>{TRANSFER_STATUS_LABEL[status]}</Badge>;
}
