import { TRPCError } from '@trpc/server';
import { Conflict, DomainError, Forbidden, Invalid, NotFound, RateLimited, Unauthenticated } from '../errors';

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
  console.error('[trpc] unexpected error', error);
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. It has been logged.' });
}
