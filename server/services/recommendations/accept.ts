/** Placeholder: replaced by the batching implementation (one PO per supplier x arrival, one transfer per lane). */
import type { TenantServiceContext } from '../context';
import type { AcceptRecommendationsInput } from './schemas';
import type { AcceptResult } from './types';

export async function acceptRecommendations({ ctx, input }: { ctx: TenantServiceContext; input: AcceptRecommendationsInput }): Promise<AcceptResult> {
  void ctx;
  void input;
  return { accepted: [], alreadyAccepted: [], transfers: [], purchaseOrders: [] };
}
