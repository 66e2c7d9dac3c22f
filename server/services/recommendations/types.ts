/** Output shapes of the recommendation procedures (see server/services/planning/CONTRACT.md). */
import type { RecommendationKind, RecommendationPriority } from './schemas';

export interface RecommendationImpact {
  /** Units moved or ordered. */
  units: number;
  /** Currency, + spent / - saved (freight for transfers, purchase value for replenishment, yearly saving for centralize). */
  costDelta: number;
  /** Days of supply after, at the sending and receiving ends (null = no demand there). */
  daysOfSupplyAfter: { from: number | null; to: number | null };
  /** SLA effect in words and numbers. */
  sla: { summary: string; meetsSlaAfter: boolean | null; deliveryDaysBefore: number | null; deliveryDaysAfter: number | null } | null;
}

export interface RecommendationView {
  id: string;
  runId: string;
  kind: RecommendationKind;
  status: 'open' | 'accepted' | 'dismissed' | 'superseded';
  priority: RecommendationPriority;
  /** Sort key inside a kind: higher first (urgency, then value at stake). */
  score: number;
  sku: { id: string; code: string; name: string; casePack: number };
  from: { id: string; code: string; name: string } | null;
  to: { id: string; code: string; name: string } | null;
  region: { id: string; code: string; name: string } | null;
  supplier: { id: string; code: string; name: string } | null;
  purchaseOrderId: string | null;
  /** Recommended units (whole case packs where they apply). */
  qty: number | null;
  /** The sentence built from `facts`. */
  explanation: string;
  /** The numbers behind the sentence, labelled, with units: [{ label: 'Days of cover at Dallas RDC', value: 4, unit: 'days' }]. */
  facts: { label: string; value: number | string; unit: string | null }[];
  impact: RecommendationImpact;
  snoozedUntil: string | null;
  decidedAt: Date | null;
  decidedBy: { id: string; name: string | null; email: string } | null;
  decisionNote: string | null;
  createdTransferId: string | null;
  createdPurchaseOrderId: string | null;
}

export interface RecommendationGroup {
  kind: RecommendationKind;
  /** Plain label: "Buy", "Move stock", "Hold centrally", "Hold closer to demand", "Split arrivals". */
  label: string;
  total: number;
  totalUnits: number;
  totalCost: number;
  items: RecommendationView[];
}

export interface RecommendationList {
  runId: string | null;
  runFinishedAt: Date | null;
  groups: RecommendationGroup[];
  total: number;
}

export interface AcceptResult {
  accepted: { recommendationId: string; transferId: string | null; purchaseOrderId: string | null; qty: number }[];
  /** Ones already accepted before (double click, two tabs): returned with what they created, nothing new made. */
  alreadyAccepted: { recommendationId: string; transferId: string | null; purchaseOrderId: string | null }[];
  transfers: { id: string; number: string; fromLocationId: string; toLocationId: string; lines: number }[];
  purchaseOrders: { id: string; number: string; supplierId: string; arrivalLocationId: string; lines: number }[];
}

export interface DecisionResult {
  updated: number;
}
