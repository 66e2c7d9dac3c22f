/**
 * One scheduler tick without a queue: find what is due and deliver it here, a few at a time. The digest
 * job handler (server/jobs/digest.ts) does the same through pg-boss; tests and the benchmark call this
 * directly, several times at once, to play several app instances on one tick.
 */
import { deliverDigest, newDigestCache, type DeliveryEnv, type DeliveryOutcome } from './deliver';
import { findDueDigests } from './due';

export interface TickSummary {
  due: number;
  outcomes: Partial<Record<DeliveryOutcome, number>>;
  errors: string[];
}

export async function deliverDueDigests(env: DeliveryEnv, options: { now?: Date; concurrency?: number } = {}): Promise<TickSummary> {
  const now = options.now ?? env.now?.() ?? new Date();
  const listed = await findDueDigests(env.db, now);
  // Instances ticking together list the same digests in the same order; each starts at its own random
  // point of the list, so they mostly claim different readers instead of queueing on the same rows.
  const offset = Math.floor(Math.random() * listed.length);
  const due = [...listed.slice(offset), ...listed.slice(0, offset)];
  const summary: TickSummary = { due: due.length, outcomes: {}, errors: [] };
  const shared: DeliveryEnv = { ...env, now: env.now ?? (() => now), cache: env.cache ?? newDigestCache() };
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const job = due[next++]!;
      try {
        const { outcome } = await deliverDigest(shared, job);
        summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + 1;
      } catch (error) {
        summary.errors.push(`${job.tenantId}/${job.userId}/${job.periodStart}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return summary;
}
