/**
 * Grouping the line rows of an orders file into orders: an order's lines are consecutive rows with the
 * same external_ref, and its order-level columns must agree from line to line (a blank on a later line
 * means "the same"). An order that reappears further down is an error, found with a compact set of the
 * references seen (memory stays small for a million lines).
 */
import type { RunEnv, ValidRow } from '../../importer';
import { KeySet } from '../../key-set';
import { ORDER_HEADER_FIELDS, type OrderCsvRow, type OrderHeaderField } from './columns';

const COLUMN_OF: Record<OrderHeaderField, string> = {
  orderedAt: 'ordered_at',
  regionCode: 'region_code',
  shipToPostalCode: 'ship_to_postal_code',
  shipToCountry: 'ship_to_country',
  channel: 'channel',
  shipFromCode: 'ship_from_location_code',
  promisedAt: 'promised_at',
  shippedAt: 'shipped_at',
  deliveredAt: 'delivered_at',
  shippingCost: 'shipping_cost',
  status: 'status',
};

export type OrderHeader = { [K in OrderHeaderField]?: OrderCsvRow[K] };

export interface OrderLineRow {
  row: number;
  skuCode: string;
  qtyOrdered: number;
  qtyShipped?: number;
  qtyShippedFirst?: number;
  qtyBackordered?: number;
  unitPrice?: number;
}

export interface OrderGroup {
  externalRef: string;
  firstRow: number;
  header: OrderHeader;
  lines: OrderLineRow[];
  rows: number[];
  /** A row of the order already has a problem: the order is reported, not counted or written. */
  bad: boolean;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function display(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value === null) return 'blank';
  return String(value);
}

export class OrderGrouper {
  private current: OrderGroup | null = null;
  private setAt = new Map<OrderHeaderField, number>();
  private readonly seen = new KeySet(4096);

  constructor(private readonly env: RunEnv) {}

  /** Adds rows in file order; returns the orders completed by them. */
  add(rows: readonly ValidRow<OrderCsvRow>[]): OrderGroup[] {
    const done: OrderGroup[] = [];
    for (const { row, value } of rows) {
      if (!this.current || this.current.externalRef !== value.externalRef) {
        if (this.current) done.push(this.current);
        this.start(row, value);
      } else {
        this.merge(row, value);
      }
      const { externalRef: _ref, ...line } = value;
      this.current?.lines.push({
        row,
        skuCode: line.skuCode,
        qtyOrdered: line.qtyOrdered,
        qtyShipped: line.qtyShipped,
        qtyShippedFirst: line.qtyShippedFirst,
        qtyBackordered: line.qtyBackordered,
        unitPrice: line.unitPrice,
      });
      this.current?.rows.push(row);
    }
    return done;
  }

  /** The last order of the file. */
  end(): OrderGroup[] {
    const last = this.current;
    this.current = null;
    return last ? [last] : [];
  }

  private start(row: number, value: OrderCsvRow): void {
    const bad = !this.seen.add(value.externalRef);
    if (bad) {
      this.env.errors.add(row, 'external_ref', `The lines of order ${value.externalRef} must be on consecutive rows; it already appeared further up. Sort the file by order.`);
    }
    const header: OrderHeader = {};
    this.setAt.clear();
    for (const f of ORDER_HEADER_FIELDS) {
      const v = value[f];
      if (v !== undefined) {
        (header as Record<string, unknown>)[f] = v;
        this.setAt.set(f, row);
      }
    }
    this.current = { externalRef: value.externalRef, firstRow: row, header, lines: [], rows: [], bad };
  }

  private merge(row: number, value: OrderCsvRow): void {
    const group = this.current;
    if (!group) return;
    for (const f of ORDER_HEADER_FIELDS) {
      const v = value[f];
      if (v === undefined) continue;
      const earlier = group.header[f];
      if (earlier === undefined) {
        (group.header as Record<string, unknown>)[f] = v;
        this.setAt.set(f, row);
      } else if (!same(earlier, v)) {
        group.bad = true;
        this.env.errors.add(
          row,
          COLUMN_OF[f],
          `Order ${group.externalRef} has ${display(v)} here but ${display(earlier)} on row ${this.setAt.get(f)}: the order's columns must agree on all its lines.`,
        );
      }
    }
  }
}

export { COLUMN_OF as ORDER_HEADER_COLUMN };
