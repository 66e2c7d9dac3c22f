/**
 * Thin typed wrapper around the HiGHS LP/MILP solver (npm `highs`, WebAssembly).
 *
 * - The wasm runtime is loaded once, lazily, and the promise is cached (a failed load is not cached).
 * - Callers describe a model with their own variable names; this module writes it as CPLEX LP text with safe
 *   generated names (`v0`, `v1`, ... / `c0`, `c1`, ...), solves it, and maps the column values back.
 * - Any status other than `Optimal` throws `LpNotOptimalError` (infeasible, unbounded, time limit, ...).
 *
 * Pure: numbers in, numbers out; the only side effect is loading the solver.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import loadHighs, { type Highs } from 'highs';

export type LpVariableType = 'continuous' | 'integer' | 'binary';
export type LpConstraintSense = '<=' | '>=' | '=';

export interface LpVariable {
  /** Caller's name; any string, unique within the model. */
  name: string;
  type?: LpVariableType;
  /** Defaults to 0; use -Infinity for a free variable. */
  lowerBound?: number;
  /** Defaults to +Infinity (1 for binaries). */
  upperBound?: number;
  /** Objective coefficient (defaults to 0). */
  objective?: number;
}

export interface LpConstraint {
  /** Optional label, used only in error messages. */
  label?: string;
  /** Pairs of [variable name, coefficient]; repeated variables are summed. */
  terms: ReadonlyArray<readonly [string, number]>;
  sense: LpConstraintSense;
  rhs: number;
}

export interface LpModel {
  sense: 'minimize' | 'maximize';
  variables: readonly LpVariable[];
  constraints: readonly LpConstraint[];
  /** Added to the reported objective value (the LP text carries no constant). */
  objectiveConstant?: number;
}

export interface LpSolveOptions {
  timeLimitSeconds?: number;
  /** Relative MIP gap at which HiGHS stops and reports Optimal. Default 1e-7 (HiGHS' own default is 1e-4). */
  mipRelativeGap?: number;
}

export interface LpSolution {
  status: 'Optimal';
  objectiveValue: number;
  /** Column values keyed by the caller's variable names. */
  values: ReadonlyMap<string, number>;
  /** Wall-clock time of the solve call, milliseconds (excludes loading the wasm). */
  solveTimeMs: number;
}

export class LpNotOptimalError extends Error {
  constructor(
    readonly status: string,
    readonly modelSummary: string,
  ) {
    super(`HiGHS did not find an optimal solution: status "${status}" (${modelSummary})`);
    this.name = 'LpNotOptimalError';
  }
}

let highsPromise: Promise<Highs> | undefined;

/**
 * The solver's .wasm file. Not through `highs/runtime`: a bundler that follows that request (Turbopack,
 * once the planning worker runs inside the Next app) tries to bundle the .wasm and fails, and it rewrites a
 * plain `resolve('highs')` to a virtual path. So: the package resolved by a name it cannot see, then the
 * project's node_modules; the first file that exists.
 */
function locateHighsWasm(): string | undefined {
  const packageName = ['hi', 'ghs'].join('');
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(createRequire(import.meta.url).resolve(packageName)), 'highs.wasm'));
  } catch {
    // not resolvable from here: try the project folder
  }
  candidates.push(path.join(process.cwd(), 'node_modules', 'highs', 'build', 'highs.wasm'));
  return candidates.find((file) => existsSync(file)); // none: let the loader look beside its own script
}

/** The HiGHS runtime, loaded on first use and shared afterwards. */
export function loadHighsSolver(): Promise<Highs> {
  if (!highsPromise) {
    const wasmPath = locateHighsWasm();
    highsPromise = loadHighs(wasmPath ? { locateFile: () => wasmPath } : undefined).catch((error: unknown) => {
      highsPromise = undefined;
      throw error;
    });
  }
  return highsPromise;
}

function formatNumber(value: number, what: string): string {
  if (!Number.isFinite(value)) throw new RangeError(`LP model: ${what} must be finite, got ${value}`);
  return value === 0 ? '0' : String(value);
}

function formatTerms(terms: ReadonlyArray<readonly [string, number]>): string {
  if (terms.length === 0) return '0 v0';
  const parts = terms.map(([col, coef], i) => {
    const sign = coef < 0 ? '-' : '+';
    const text = `${sign} ${formatNumber(Math.abs(coef), `coefficient of ${col}`)} ${col}`;
    return i > 0 && i % 8 === 0 ? `\n   ${text}` : text;
  });
  return parts.join(' ');
}

/** Writes the model as CPLEX LP text; `columnOf` maps caller names to generated column names. */
export function toCplexLp(model: LpModel): { text: string; columnOf: ReadonlyMap<string, string> } {
  if (model.variables.length === 0) throw new RangeError('LP model: at least one variable is required');
  const columnOf = new Map<string, string>();
  model.variables.forEach((v, i) => {
    if (columnOf.has(v.name)) throw new RangeError(`LP model: duplicate variable "${v.name}"`);
    columnOf.set(v.name, `v${i}`);
  });
  const col = (name: string, where: string): string => {
    const c = columnOf.get(name);
    if (c === undefined) throw new RangeError(`LP model: unknown variable "${name}" in ${where}`);
    return c;
  };

  const objective = model.variables
    .filter((v) => (v.objective ?? 0) !== 0)
    .map((v) => [col(v.name, 'objective'), v.objective ?? 0] as const);
  const lines: string[] = [model.sense === 'minimize' ? 'Minimize' : 'Maximize', ` obj: ${formatTerms(objective)}`];

  lines.push('Subject To');
  model.constraints.forEach((c, i) => {
    const where = `constraint ${c.label ?? i}`;
    const summed = new Map<string, number>();
    for (const [name, coef] of c.terms) summed.set(col(name, where), (summed.get(col(name, where)) ?? 0) + coef);
    const terms = [...summed].filter(([, coef]) => coef !== 0);
    // A constraint without terms is either trivially true or infeasible; HiGHS needs at least one column.
    lines.push(` c${i}: ${formatTerms(terms)} ${c.sense} ${formatNumber(c.rhs, `rhs of ${where}`)}`);
  });

  const bounds: string[] = [];
  const generals: string[] = [];
  const binaries: string[] = [];
  model.variables.forEach((v, i) => {
    const name = `v${i}`;
    const type = v.type ?? 'continuous';
    const lower = v.lowerBound ?? 0;
    const upper = v.upperBound ?? (type === 'binary' ? 1 : Infinity);
    if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper) {
      throw new RangeError(`LP model: bounds of "${v.name}" are invalid [${lower}, ${upper}]`);
    }
    const lowerText = lower === -Infinity ? '-inf' : formatNumber(lower, `lower bound of ${v.name}`);
    const upperText = upper === Infinity ? '+inf' : formatNumber(upper, `upper bound of ${v.name}`);
    bounds.push(` ${lowerText} <= ${name} <= ${upperText}`);
    if (type === 'integer') generals.push(name);
    if (type === 'binary') binaries.push(name);
  });
  lines.push('Bounds', ...bounds);
  if (generals.length > 0) lines.push('Generals', ...chunk(generals));
  if (binaries.length > 0) lines.push('Binaries', ...chunk(binaries));
  lines.push('End');
  return { text: lines.join('\n'), columnOf };
}

function chunk(names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 20) out.push(` ${names.slice(i, i + 20).join(' ')}`);
  return out;
}

/** Solves the model with HiGHS; throws `LpNotOptimalError` unless HiGHS proves optimality. */
export async function solveLp(model: LpModel, options: LpSolveOptions = {}): Promise<LpSolution> {
  const highs = await loadHighsSolver();
  const { text } = toCplexLp(model);
  const summary = `${model.variables.length} variables, ${model.constraints.length} constraints`;
  const started = performance.now();
  const result = highs.solve(text, {
    output_flag: false,
    mip_rel_gap: options.mipRelativeGap ?? 1e-7,
    ...(options.timeLimitSeconds !== undefined ? { time_limit: options.timeLimitSeconds } : {}),
  });
  const solveTimeMs = performance.now() - started;
  if (result.Status !== 'Optimal') throw new LpNotOptimalError(result.Status, summary);

  const values = new Map<string, number>();
  model.variables.forEach((variable, i) => {
    const primal = (result.Columns[`v${i}`] as { Primal?: number } | undefined)?.Primal;
    // HiGHS' LP reader may drop a column that appears in no row and has no cost; it then sits at its bound nearest 0.
    values.set(variable.name, primal ?? boundedZero(variable));
  });
  return {
    status: 'Optimal',
    objectiveValue: result.ObjectiveValue + (model.objectiveConstant ?? 0),
    values,
    solveTimeMs,
  };
}

function boundedZero(v: LpVariable): number {
  const lower = v.lowerBound ?? 0;
  const upper = v.upperBound ?? Infinity;
  return Math.min(Math.max(0, lower), upper);
}

/** Value of a variable in a solution; 0 when it is absent. Rounds integer-like noise (|x - round(x)| < 1e-6). */
export function solutionValue(solution: LpSolution, name: string): number {
  const raw = solution.values.get(name) ?? 0;
  const rounded = Math.round(raw);
  return Math.abs(raw - rounded) < 1e-6 ? rounded : raw;
}
