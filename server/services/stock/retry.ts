/**
 * Retries of stock operations on serialization failure (40001) and deadlock (40P01).
 *
 * Where the retry happens:
 * - Inside a tRPC tenant procedure the transaction is opened by the middleware (withTenant), so a service
 *   cannot restart it. `retryInSavepoint` runs the whole service body inside a SAVEPOINT (drizzle's nested
 *   `tx.transaction`) and, on a retryable error, rolls back to it — which also releases every lock taken
 *   after it — and runs the body again. The middleware's transaction has only read the caller's access and run `set_config`
 *   before the service starts, so re-running the body from the savepoint is a full retry of the business
 *   operation. This is sound at READ COMMITTED, the isolation the app runs at: each statement takes a new
 *   snapshot, so the retried body sees the rows the other transaction committed. (At REPEATABLE READ or
 *   SERIALIZABLE the snapshot belongs to the outer transaction and a savepoint retry cannot cure a 40001;
 *   after the attempts are spent the error becomes a Conflict asking the user to try again.)
 * - Callers that own their transaction (jobs, scripts, the concurrency test) use `withTenantRetry`, which
 *   retries the whole `withTenant` transaction.
 *
 * With the fixed lock order of apply-movements.ts deadlocks between stock operations should not occur;
 * this is the second line of defence (foreign-key share locks, future code paths).
 */
import { withTenant, type Database, type Tx } from '@/db/client';
import { Conflict } from '../../errors';
import { DEADLOCK_DETECTED, postgresErrorCode, SERIALIZATION_FAILURE } from './postgres-error';

export interface RetryOptions {
  /** Attempts in all, the first included (default 5). */
  attempts?: number;
  /** Base of the jittered exponential backoff, in milliseconds (default 10). */
  baseDelayMs?: number;
  /** Called before each new attempt (tests count retries with it). */
  onRetry?: (attempt: number, code: string) => void;
}

const RETRYABLE = new Set([SERIALIZATION_FAILURE, DEADLOCK_DETECTED]);

export function isRetryable(error: unknown): boolean {
  const code = postgresErrorCode(error);
  return code !== undefined && RETRYABLE.has(code);
}

function backoff(attempt: number, baseDelayMs: number): Promise<void> {
  const ms = baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random());
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function retrying<T>(run: () => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = options.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isRetryable(error)) throw error;
      if (attempt >= attempts) throw new Conflict('The stock records were busy with other changes. Please try again.');
      options.onRetry?.(attempt, postgresErrorCode(error) ?? '');
      await backoff(attempt, options.baseDelayMs ?? 10);
    }
  }
}

/** Runs `fn` in a savepoint of `tx`, re-running it from the savepoint on 40001 / 40P01. */
export function retryInSavepoint<T>(tx: Tx, fn: (tx: Tx) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  return retrying(() => tx.transaction((sp) => fn(sp as Tx)), options);
}

/** Runs `fn` in its own tenant transaction, re-running the whole transaction on 40001 / 40P01. */
export function withTenantRetry<T>(db: Database, tenantId: string, fn: (tx: Tx) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  return retrying(() => withTenant(db, tenantId, fn), options);
}

/** A service body retried as one unit: `fn` gets the context with the savepoint's transaction. */
export function retryStockOperation<C extends { tx: Tx }, T>(ctx: C, fn: (ctx: C) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  return retryInSavepoint(ctx.tx, (tx) => fn({ ...ctx, tx }), options);
}
