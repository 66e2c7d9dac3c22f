import { TRPCError } from '@trpc/server';
import { Conflict, DomainError, Forbidden, Invalid, NotFound, RateLimited, Unauthenticated } from '../errors';
import { postgresErrorCode } from '../services/stock/postgres-error';

/** SQLSTATE 22003: a number past what its column holds (an int4 total after many receipts, say). */
const NUMERIC_OUT_OF_RANGE = '22003';

type Code = TRPCError['code'];

const CODES: [new (...args: never[]) => DomainError, Code][] = [
  [NotFound, 'NOT_FOUND'],
  [Forbidden, 'FORBIDDEN'],
  [Conflict, 'CONFLICT'],
  [Unauthenticated, 'UNAUTHORIZED'],
  [Invalid, 'BAD_REQUEST'],
  [RateLimited, 'TOO_MANY_REQUESTS'],
];

/** Maps a thrown value to the TRPCError a client sees. Unknown errors are logged and hidden. */
export function toTrpcError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof DomainError) {
    const code = CODES.find(([cls]) => error instanceof cls)?.[1] ?? 'BAD_REQUEST';
    return new TRPCError({ code, message: error.message, cause: error });
  }
  if (postgresErrorCode(error) === NUMERIC_OUT_OF_RANGE) {
    const cause = new Invalid('A quantity or amount would grow past what Footprint can store (2,147,483,647 units in one place). Check the numbers entered; nothing was saved.');
    return new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
  }
  console.error('[trpc] unexpected error', error);
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. It has been logged.' });
}
