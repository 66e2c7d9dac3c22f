/**
 * The job modules a worker runs. A feature adds its module here (one import, one entry); see
 * server/jobs/README.md.
 */
import { nightlyHandlers, reconcileNightlySchedules } from './planning-nightly';
import { planningRunHandlers, type ExecutePlanningRun } from './planning-run';
import type { JobModule } from './registry';

// Until server/services/planning/execute-run.ts lands: fails the attempt (the run is retried, then marked failed).
const executePlanningRun: ExecutePlanningRun = async () => {
  throw new Error('planning execution is not available in this build yet');
};

export const planningJobs: JobModule = {
  name: 'planning',
  handlers: [...planningRunHandlers(executePlanningRun), ...nightlyHandlers],
  reconcile: reconcileNightlySchedules,
};

export const jobModules: JobModule[] = [planningJobs];
