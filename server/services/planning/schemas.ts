/** Inputs of the planning-run procedures (server/trpc/routers/planning.ts). Pure zod: safe in client components. */
import { z } from 'zod';
import { idSchema } from '../stock/schemas';

export const planningRunStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export type PlanningRunStatus = (typeof planningRunStatuses)[number];
/** Who asked for a run: a person (manual), the nightly schedule, the demo seed, or a first order import. */
export const planningTriggers = ['manual', 'nightly', 'seed', 'import'] as const;
export type PlanningTrigger = (typeof planningTriggers)[number];
/** A finished run either produced results or found too little history to plan on (not an error). */
export const planningOutcomes = ['completed', 'insufficient_history'] as const;
export type PlanningOutcome = (typeof planningOutcomes)[number];
/** The phases a run reports, in order. */
export const planningPhases = ['queued', 'load', 'segment', 'forecast', 'targets', 'recommend', 'write', 'done'] as const;
export type PlanningPhase = (typeof planningPhases)[number];

/** A run by id, or (no id) the latest run of any status. */
export const planningRunInput = z.object({ runId: idSchema.optional() }).default({});
export const planningRunsInput = z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 });

export type PlanningRunInput = z.infer<typeof planningRunInput>;
export type PlanningRunsInput = z.infer<typeof planningRunsInput>;
