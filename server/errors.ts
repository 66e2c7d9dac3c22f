/**
 * Domain errors thrown by services. One function (server/trpc/error-mapping.ts) turns them into
 * tRPC codes; anything else becomes a generic message and a log line.
 */
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing does not exist, or belongs to a tenant the caller cannot see (the two look alike). */
export class NotFound extends DomainError {}

/** The caller is known but their role does not allow this. */
export class Forbidden extends DomainError {}

/** The request conflicts with the current state (a duplicate code, a last owner, a state machine). */
export class Conflict extends DomainError {}

/** Not signed in, or the session is no longer valid (signed out everywhere, disabled). */
export class Unauthenticated extends DomainError {}

export interface FieldIssue {
  field: string;
  message: string;
  row?: number;
}

/** Input that is well-formed but wrong, with the field (and CSV row) of each problem. */
export class Invalid extends DomainError {
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

/** Too many attempts; retry after the given number of seconds. */
export class RateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}
