/** Output shapes of the planning-run procedures (see CONTRACT.md). */
import type { PlanningOutcome, PlanningPhase, PlanningRunStatus, PlanningTrigger } from './schemas';

/** Milliseconds per phase (present once the phase has finished). */
export type PhaseTimings = Partial<Record<'load' | 'segment' | 'forecast' | 'targets' | 'recommend' | 'write', number>>;

export interface PlanningRunCounts {
  skus: number;
  skusForecast: number;
  regions: number;
  locations: number;
  historyWeeks: number;
  forecasts: number;
  stockTargets: number;
  recommendations: number;
  recommendationsByKind: Record<string, number>;
  supersededRecommendations: number;
}

export interface PlanningRunView {
  id: string;
  status: PlanningRunStatus;
  /** Null until the run finishes successfully. */
  outcome: PlanningOutcome | null;
  /** Plain-words result for the page ("Not enough history yet: 5 weeks of orders; planning needs 8."). */
  message: string | null;
  phase: PlanningPhase;
  /** 0..100. */
  percent: number;
  trigger: PlanningTrigger;
  /** Readable reason when status = failed. */
  error: string | null;
  timings: PhaseTimings;
  counts: Partial<PlanningRunCounts>;
  /** The week the history ends (exclusive, Monday in the tenant timezone) and the horizon used. */
  asOfWeek: string | null;
  horizonWeeks: number | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdBy: { id: string; name: string | null; email: string } | null;
  /** True for the run whose results the pages show (the latest succeeded run). */
  isCurrent: boolean;
}

export interface StartPlanningResult {
  runId: string;
  /** True when a queued or running run already existed (it is returned instead of a new one). */
  alreadyActive: boolean;
}
