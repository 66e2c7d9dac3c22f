/** What a planning run works on, loaded by SQL (load-inputs.ts) and handed to the engine (engine/plan.ts). */
import type { PlanningSettings } from '../planning-settings/schemas';

export interface PlanningSku {
  id: string;
  code: string;
  name: string;
  unitCost: number;
  unitPrice: number;
  casePack: number;
  moq: number;
  supplierId: string | null;
  /** The SKU's lead time override, else its supplier's (days); null without either. */
  leadTimeDays: number | null;
  leadTimeSdDays: number;
  stockingPolicy: { mode: 'every-node' | 'central' | 'demand-share'; minDemandShare?: number } | null;
}

export interface PlanningLocation {
  id: string;
  code: string;
  name: string;
  kind: string;
  isCentral: boolean;
  /** Annual fraction of unit cost. */
  holdingRate: number;
  handlingCostUnit: number;
}

export interface PlanningRegion {
  id: string;
  code: string;
  name: string;
  /** From the SLA in force (null = no SLA: the class's default service level applies, and any lane does). */
  slaDeliveryDays: number | null;
  fillRate: number | null;
  cycleServiceLevel: number | null;
}

export interface PlanningLane {
  id: string;
  locationId: string;
  regionId: string;
  transitDays: number;
  costPerUnit: number;
}

export interface PlanningTransferLane {
  fromLocationId: string;
  toLocationId: string;
  transitDays: number;
  customsDays: number;
  costPerUnit: number;
}

export interface PlanningPosition {
  skuId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  inbound: number;
  onOrder: number;
}

/** An in-transit purchase order line arriving at a central or port location: split it onward. */
export interface PlanningArrival {
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  arrivalLocationId: string;
  skuId: string;
  outstandingUnits: number;
  eta: string | null;
}

export interface PlanningInputs {
  tenantId: string;
  timeZone: string;
  currency: string;
  today: string;
  /** Monday after the last history week (the current, partial week is not history). */
  asOfWeek: string;
  historyStartWeek: string;
  historyWeeks: number;
  settings: PlanningSettings;
  skus: PlanningSku[];
  locations: PlanningLocation[];
  regions: PlanningRegion[];
  lanes: PlanningLane[];
  transferLanes: PlanningTransferLane[];
  positions: PlanningPosition[];
  arrivals: PlanningArrival[];
  /**
   * Weekly demand: demand[skuIndex][regionIndex] is a Float64Array of historyWeeks values (zero-filled),
   * or undefined when the SKU never sold in the region.
   */
  demand: (Float64Array | undefined)[][];
}
