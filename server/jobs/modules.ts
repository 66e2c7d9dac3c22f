/**
 * The job modules a worker runs. A feature adds its module here (one import, one entry); see
 * server/jobs/README.md.
 */
import { executePlanningRun } from '@/server/services/planning/execute-run';
import { digestJobs } from './digest';
import { nightlyHandlers, reconcileNightlySchedules } from './planning-nightly';
import { planningRunHandlers } from './planning-run';
import type { JobModule } from './registry';

export const planningJobs: JobModule = {
  name: 'planning',
  handlers: [...planningRunHandlers(executePlanningRun), ...nightlyHandlers],
  reconcile: reconcileNightlySchedules,
};

export const jobModules: JobModule[] = [planningJobs, digestJobs];
