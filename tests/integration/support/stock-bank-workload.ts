/**
 * The workload of the stock bank test (tests/integration/stock-bank.pg.test.ts): one client's seeded
 * stream of receipts, adjustments and transfer lives (create, approve, ship — sometimes twice at once —
 * and receive in parts) through the tRPC router, with a tally of what was applied and refused.
 */
import type { SeededRandom } from '@/db/seed/random';
import type { callerFor } from './actors';

export type Caller = Awaited<ReturnType<typeof callerFor>>;

export interface Tally {
  operations: number;
  receiptsUnits: number;
  adjustmentsUnits: number;
  refusedForStock: number;
  transfersCreated: number;
  transfersShipped: number;
  transfersReceived: number;
  /** Transfers two clients tried to ship at the same moment, and how many of them shipped twice (must be 0). */
  doubleShipRaces: number;
  doubleShipped: number;
  unexpected: string[];
}

export type Network = { locationIds: string[]; skuIds: string[] };

export function newTally(): Tally {
  return { operations: 0, receiptsUnits: 0, adjustmentsUnits: 0, refusedForStock: 0, transfersCreated: 0, transfersShipped: 0, transfersReceived: 0, doubleShipRaces: 0, doubleShipped: 0, unexpected: [] };
}

const code = (error: unknown) => (error as { code?: string }).code ?? 'UNKNOWN';

/** One client: a deterministic stream of operations; expected refusals are counted, anything else is recorded as unexpected. */
export async function runClient(caller: Caller, org: string, net: Network, client: number, rng: SeededRandom, tally: Tally, operations: number) {
  const pick = <T,>(list: T[]): T => list[rng.int(0, list.length - 1)]!;
  const expectRefusal = (error: unknown, allowed: string[], what: string) => {
    const c = code(error);
    if (!allowed.includes(c)) tally.unexpected.push(`${what}: ${c} ${(error as Error).message}`);
    return c;
  };
  let done = 0;
  const step = () => {
    done++;
    tally.operations++;
  };
  while (done < operations) {
    const roll = rng.next();
    const skuId = pick(net.skuIds);
    const locationId = pick(net.locationIds);
    if (roll < 0.2) {
      const qty = rng.int(1, 25);
      try {
        await caller.stock.receive({ org, skuId, locationId, qty });
        tally.receiptsUnits += qty;
      } catch (error) {
        expectRefusal(error, [], 'receive');
      }
      step();
    } else if (roll < 0.5) {
      const qty = rng.chance(0.6) ? -rng.int(1, 60) : rng.int(1, 30);
      try {
        await caller.stock.adjust({ org, skuId, locationId, qty, reason: qty < 0 ? 'damaged in bank test' : 'found in bank test' });
        tally.adjustmentsUnits += qty;
      } catch (error) {
        if (expectRefusal(error, ['CONFLICT'], 'adjust') === 'CONFLICT') tally.refusedForStock++;
      }
      step();
    } else {
      await runTransfer({ caller, org, net, rng, tally, step, expectRefusal, key: `bank-${client}-${done}` });
    }
  }
}

function shuffled<T>(list: T[], rng: SeededRandom): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One transfer's life: create (idempotency key; refused beyond what is available), approve (reserves), ship (sometimes twice at once), receive in one or two parts. */
async function runTransfer(args: {
  caller: Caller;
  org: string;
  net: Network;
  rng: SeededRandom;
  tally: Tally;
  step: () => void;
  expectRefusal: (error: unknown, allowed: string[], what: string) => string;
  key: string;
}) {
  const { caller, org, net, rng, tally, step, expectRefusal } = args;
  const from = net.locationIds[rng.int(0, net.locationIds.length - 1)]!;
  const others = net.locationIds.filter((l) => l !== from);
  const to = others[rng.int(0, others.length - 1)]!;
  const skuIds = shuffled(net.skuIds, rng).slice(0, rng.int(1, 3));
  const lines = skuIds.map((skuId) => ({ skuId, qty: rng.int(1, 40) }));
  let transferId: string;
  try {
    transferId = (await caller.transfers.create({ org, fromLocationId: from, toLocationId: to, lines, idempotencyKey: args.key })).id;
    tally.transfersCreated++;
  } catch (error) {
    // A draft for more than the origin has available is refused with the figures (BAD_REQUEST).
    if (expectRefusal(error, ['BAD_REQUEST'], 'create') === 'BAD_REQUEST') tally.refusedForStock++;
    return step();
  }
  step();
  try {
    await caller.transfers.approve({ org, transferId });
  } catch (error) {
    // Approval reserves under the balance locks: stock taken since the draft makes it a Conflict.
    if (expectRefusal(error, ['CONFLICT'], 'approve') === 'CONFLICT') {
      tally.refusedForStock++;
      try {
        await caller.transfers.cancel({ org, transferId });
      } catch (cancelError) {
        expectRefusal(cancelError, [], 'cancel');
      }
      return step();
    }
  }
  step();

  const racing = rng.chance(0.15);
  const attempts = racing ? [caller.transfers.ship({ org, transferId }), caller.transfers.ship({ org, transferId })] : [caller.transfers.ship({ org, transferId })];
  const results = await Promise.allSettled(attempts);
  const wins = results.filter((r) => r.status === 'fulfilled').length;
  for (const r of results) if (r.status === 'rejected') expectRefusal(r.reason, ['CONFLICT'], 'ship');
  step();
  if (racing) tally.doubleShipRaces++;
  if (wins > 1) tally.doubleShipped++;
  if (wins === 0) {
    tally.refusedForStock++;
    try {
      await caller.transfers.cancel({ org, transferId });
    } catch (error) {
      expectRefusal(error, [], 'cancel');
    }
    return step();
  }
  tally.transfersShipped++;

  let complete = false;
  if (rng.chance(0.5)) {
    const partial = lines.map((l) => ({ skuId: l.skuId, qty: rng.int(0, l.qty) }));
    if (partial.some((l) => l.qty > 0)) {
      try {
        complete = (await caller.transfers.receive({ org, transferId, lines: partial })).status === 'received';
        if (complete) tally.transfersReceived++;
      } catch (error) {
        expectRefusal(error, [], 'receive part');
      }
      step();
    }
  }
  if (!complete && rng.chance(0.85)) {
    try {
      const done = await caller.transfers.receive({ org, transferId });
      if (done.status === 'received') tally.transfersReceived++;
    } catch (error) {
      expectRefusal(error, [], 'receive rest');
    }
    step();
  }
}
