/**
 * Runs one saved replay to the end: claim the queued row, load the tenant's data, simulate SKU by SKU (yielding to
 * the event loop between chunks and writing progress to the row), then store the figures. Each step is its own
 * short tenant transaction, so the page can poll progress while it runs.
 *
 * Idempotent and safe to call twice (e.g. a pg-boss job delivered twice): only a `queued` row is claimed; a
 * replay that is running, finished or deleted is left alone. A job handler calls it as
 * `executeReplay({ db, tenantId, replayId, onProgress })`.
 */
import { and, eq } from 'drizzle-orm';
import { withGlobal, withTenant, type Database, type Tx } from '@/db/client';
import { organizations, replays } from '@/db/schema';
import { createReplay, summarizeReplay } from '@/server/planning/replay';
import { DomainError } from '../../errors';
import type { TenantServiceContext } from '../context';
import { loadReplayInput } from './load-input';
import { startReplayInput } from './schemas';

/** SKUs simulated between two progress writes / yields. */
const CHUNK_SKUS = 25;
const PROGRESS_EVERY_MS = 750;

export interface ExecuteReplayOptions {
  db: Database;
  tenantId: string;
  replayId: string;
  /** Called with a fraction in [0, 1] and a phase text. */
  onProgress?: (progress: number, phase: string) => void;
  now?: () => Date;
  /** Tries to find the queued row (a caller's transaction may not have committed yet). */
  claimAttempts?: number;
}

export type ExecuteReplayOutcome = 'succeeded' | 'failed' | 'not-claimed';

class ReplayDeleted extends Error {}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function executeReplay(options: ExecuteReplayOptions): Promise<ExecuteReplayOutcome> {
  const { db, tenantId, replayId } = options;
  const now = options.now ?? (() => new Date());
  const claimed = await claim(options, now);
  if (!claimed) return 'not-claimed';

  const update = async (values: Partial<typeof replays.$inferInsert>) => {
    const rows = await withTenant(db, tenantId, (tx) =>
      tx
        .update(replays)
        .set(values)
        .where(and(eq(replays.tenantId, tenantId), eq(replays.id, replayId)))
        .returning({ id: replays.id }),
    );
    if (rows.length === 0) throw new ReplayDeleted();
  };
  const progress = async (fraction: number, phase: string) => {
    options.onProgress?.(fraction, phase);
    await update({ progress: Math.min(1, Math.max(0, fraction)), phase });
  };

  try {
    const params = startReplayInput.parse(claimed.parameters);
    const org = await withGlobal(db, async (tx) => (await tx.select().from(organizations).where(eq(organizations.id, tenantId)).limit(1))[0]);
    if (!org) throw new ReplayDeleted();
    const loaded = await withTenant(db, tenantId, (tx) => loadReplayInput(serviceContext(tx, org, claimed.createdBy), params));
    await progress(0.1, `Simulating ${loaded.input.skus.length} SKUs`);

    const run = createReplay(loaded.input, {
      policies: params.policies,
      reviewEveryWeeks: params.reviewEveryWeeks,
      unmetDemand: params.unmetDemand,
      ...(params.fillRateTarget !== undefined ? { fillRateTarget: params.fillRateTarget } : {}),
    });
    let lastWrite = Date.now();
    while (!run.step(CHUNK_SKUS)) {
      await yieldToEventLoop();
      if (Date.now() - lastWrite >= PROGRESS_EVERY_MS) {
        lastWrite = Date.now();
        await progress(0.1 + (0.85 * run.skusDone) / run.skuCount, `Simulated ${run.skusDone} of ${run.skuCount} SKUs`);
      }
    }
    await progress(0.97, 'Saving the results');
    const summary = summarizeReplay(loaded.input, run.result(), {
      weeks: loaded.weeks,
      skus: loaded.skuLabels,
      regions: loaded.regionLabels,
      locations: loaded.locationLabels,
    });
    const headline = summary.policies.map((p) => ({
      policy: p.policy,
      lineFillRate: p.totals.lineFillRate,
      averageInventoryValue: p.totals.averageInventoryValue,
      totalCost: p.totals.totalCost,
    }));
    await update({
      status: 'succeeded',
      progress: 1,
      phase: null,
      finishedAt: now(),
      results: { ...summary, headline, notes: loaded.notes, currency: org.currency } as unknown as Record<string, unknown>,
    });
    return 'succeeded';
  } catch (error) {
    if (error instanceof ReplayDeleted) return 'failed';
    const message =
      error instanceof DomainError || error instanceof RangeError
        ? error.message
        : 'The replay stopped on an unexpected error. Try again; if it happens again, tell us the replay name.';
    if (!(error instanceof DomainError)) console.error(`replay ${replayId} of tenant ${tenantId} failed`, error);
    await update({ status: 'failed', phase: null, error: message, finishedAt: now() }).catch(() => undefined);
    return 'failed';
  }
}

async function claim(options: ExecuteReplayOptions, now: () => Date) {
  const attempts = options.claimAttempts ?? 20;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const rows = await withTenant(options.db, options.tenantId, (tx) =>
      tx
        .update(replays)
        .set({ status: 'running', startedAt: now(), progress: 0.02, phase: 'Loading the order history' })
        .where(and(eq(replays.tenantId, options.tenantId), eq(replays.id, options.replayId), eq(replays.status, 'queued')))
        .returning({ parameters: replays.parameters, createdBy: replays.createdBy }),
    );
    if (rows[0]) return rows[0];
    // Already claimed, finished or deleted: nothing to do. Not there yet: the starting transaction may still be open.
    const [existing] = await withTenant(options.db, options.tenantId, (tx) =>
      tx.select({ status: replays.status }).from(replays).where(and(eq(replays.tenantId, options.tenantId), eq(replays.id, options.replayId))),
    );
    if (existing) return null;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

function serviceContext(tx: Tx, org: typeof organizations.$inferSelect, userId: string | null): TenantServiceContext {
  return {
    tx,
    tenant: { id: org.id, slug: org.slug, name: org.name, kind: org.kind, currency: org.currency, timezone: org.timezone, role: 'viewer', via: 'membership' },
    user: { id: userId ?? '', email: '', name: null },
    origin: '',
  };
}
