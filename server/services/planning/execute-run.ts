/**
 * Runs one queued planning run (DESIGN.md §5 "The planning run"): claim it (queued -> running), load by SQL,
 * run the engine, write everything in one transaction. Progress (phase + percent) is committed on the run row
 * as it goes, so pages can poll it. A failure marks the run failed with a readable reason and leaves the previous
 * run's results current; too little history is a finished run with outcome `insufficient_history`, not an error.
 * Idempotent: a run that is not queued any more (another attempt has it, or it finished) is left alone.
 */
import { and, eq, sql } from 'drizzle-orm';
import { withTenant, type Database } from '@/db/client';
import { planningRuns } from '@/db/schema';
import { loadPlanningInputs } from './load-inputs';
import { planTenant, MIN_HISTORY_WEEKS } from './engine/plan';
import { writeRunResults } from './write-results';
import type { PlanningInputs } from './inputs';
import type { PlanningPhase } from './schemas';

export interface ExecutePlanningRunArgs {
  db: Database;
  tenantId: string;
  runId: string;
  /** The clock for the calendar (today, the last history week); default now. */
  now?: Date;
  onProgress?: (p: { phase: string; percent: number }) => Promise<void> | void;
  /** Tests: called just before the results are written (throwing there is a crash mid-run). */
  beforeWrite?: () => Promise<void> | void;
}

/** Weeks with any demand in the tenant's total. */
function demandWeeks(inputs: PlanningInputs): number {
  const any = new Uint8Array(inputs.historyWeeks);
  for (const row of inputs.demand) for (const series of row) if (series) for (let w = 0; w < series.length; w++) if ((series[w] ?? 0) > 0) any[w] = 1;
  return any.reduce((a, b) => a + b, 0);
}

/** The failure in words a planner can act on (the stack goes to the log, not the page). */
export function readableFailure(error: unknown): string {
  // Drizzle wraps driver errors as "Failed query: <sql>"; the cause says what went wrong.
  const cause = error instanceof Error && /^Failed query/.test(error.message) && error.cause instanceof Error ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  error = cause;
  if (error instanceof RangeError) return `The planning engine could not use the data: ${message}. Check the SKUs, lanes and SLAs named here, then run planning again.`;
  if (/stopped before its results were saved/.test(message)) return message;
  if (/violates|constraint|duplicate key/i.test(message)) return `Saving the results failed (${message}). Nothing was saved; the previous results stay current.`;
  return `The planning run failed: ${message}. Nothing was saved; the previous results stay current.`;
}

export async function executePlanningRun(args: ExecutePlanningRunArgs): Promise<void> {
  const { db, tenantId, runId } = args;
  const now = args.now ?? new Date();
  const claimed = await withTenant(db, tenantId, (tx) =>
    tx
      .update(planningRuns)
      .set({ status: 'running', startedAt: new Date(), phase: 'load', progressPercent: 1, error: null })
      .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId), eq(planningRuns.status, 'queued')))
      .returning({ id: planningRuns.id }),
  );
  if (claimed.length === 0) return;

  let lastPhase = '';
  let lastPercent = -1;
  let lastAt = 0;
  const progress = async (phase: PlanningPhase, percent: number) => {
    const at = Date.now();
    if (phase === lastPhase && (percent - lastPercent < 5 || at - lastAt < 250)) return;
    lastPhase = phase;
    lastPercent = percent;
    lastAt = at;
    await withTenant(db, tenantId, (tx) =>
      tx
        .update(planningRuns)
        .set({ phase, progressPercent: Math.min(99, Math.max(0, Math.round(percent))) })
        .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId), eq(planningRuns.status, 'running'))),
    );
    await args.onProgress?.({ phase, percent });
  };

  const timings: Record<string, number> = {};
  try {
    let t0 = performance.now();
    await progress('load', 2);
    const inputs = await withTenant(db, tenantId, (tx) => loadPlanningInputs(tx, { tenantId, now }));
    timings.load = Math.round(performance.now() - t0);

    const weeksWithDemand = demandWeeks(inputs);
    if (weeksWithDemand < MIN_HISTORY_WEEKS) {
      const message =
        weeksWithDemand === 0
          ? 'Not enough history yet: there are no orders to plan on. Import your order history (Orders > Import), then run planning again.'
          : `Not enough history yet: orders in ${weeksWithDemand} week${weeksWithDemand === 1 ? '' : 's'}; planning needs at least ${MIN_HISTORY_WEEKS}. Import more order history, or run planning again in a few weeks.`;
      await withTenant(db, tenantId, (tx) =>
        tx
          .update(planningRuns)
          .set({
            status: 'succeeded',
            outcome: 'insufficient_history',
            message,
            phase: 'done',
            progressPercent: 100,
            finishedAt: sql`greatest(now(), ${planningRuns.startedAt})`,
            timings,
            counts: { skus: inputs.skus.length, historyWeeks: weeksWithDemand },
            asOfWeek: inputs.asOfWeek,
            horizonWeeks: inputs.settings.horizonWeeks,
          })
          .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId), eq(planningRuns.status, 'running'))),
      );
      await args.onProgress?.({ phase: 'done', percent: 100 });
      return;
    }

    t0 = performance.now();
    const outputs = await planTenant(inputs, (phase, percent) => progress(phase as PlanningPhase, percent));
    timings.engine = Math.round(performance.now() - t0);
    timings.segment = Math.round(outputs.timings.segment);
    timings.forecast = Math.round(outputs.timings.forecast);
    timings.targets = Math.round(outputs.timings.targets);
    timings.recommend = Math.round(outputs.timings.recommend);

    await progress('write', 90);
    await args.beforeWrite?.();
    t0 = performance.now();
    await withTenant(db, tenantId, async (tx) => {
      const writeStart = performance.now();
      await writeRunResults(tx, {
        inputs,
        runId,
        outputs,
        // The write's own duration is recorded in the same transaction, just before commit.
        timings: { ...timings, write: 0 },
        counts: {
          skus: inputs.skus.length,
          skusForecast: outputs.skuForecasts.length,
          regions: inputs.regions.length,
          locations: inputs.locations.length,
          historyWeeks: inputs.historyWeeks,
        },
      });
      const write = Math.round(performance.now() - writeStart);
      await tx
        .update(planningRuns)
        .set({ timings: sql`${planningRuns.timings} || ${JSON.stringify({ write })}::jsonb` })
        .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId)));
    });
    timings.write = Math.round(performance.now() - t0);
    await args.onProgress?.({ phase: 'done', percent: 100 });
  } catch (error) {
    const reason = readableFailure(error);
    console.error(`[planning] run ${runId} (tenant ${tenantId}) failed:`, error);
    await withTenant(db, tenantId, (tx) =>
      tx
        .update(planningRuns)
        .set({ status: 'failed', error: reason, finishedAt: sql`greatest(now(), ${planningRuns.startedAt})`, timings })
        .where(and(eq(planningRuns.tenantId, tenantId), eq(planningRuns.id, runId), eq(planningRuns.status, 'running'))),
    );
  }
}
