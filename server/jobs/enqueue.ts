/**
 * Queues a planning run on pg-boss, inside the planning service's tenant transaction, right after it inserted
 * the queued `planning_runs` row: the job is sent on that transaction, so it exists iff the row commits. The
 * job id is the run id (one job per run, found by id) and its singleton key the tenant (the `planning-run`
 * queue's singleton policy runs at most one of a tenant's jobs at a time).
 */
import type { Tx } from '@/db/client';
import { Conflict } from '../errors';
import { sendInTransaction } from './boss';
import { QUEUES } from './queues';

export interface PlanningRunJob {
  tenantId: string;
  runId: string;
}

export async function enqueuePlanningRun(tx: Tx, args: { tenantId: string; runId: string }): Promise<void> {
  const data: PlanningRunJob = { tenantId: args.tenantId, runId: args.runId };
  const jobId = await sendInTransaction(tx, QUEUES.planningRun.name, data, { id: args.runId, singletonKey: args.tenantId });
  // pg-boss drops a duplicate silently; a run without its job would stay queued forever, so refuse (rolls back).
  if (jobId === null) throw new Conflict('This planning run is already queued.');
}
