/** Where a syntax error is: 1-based line and column; column and offset count UTF-16 code units. */
export interface ErrorPosition {
  line: number;
  column: number;
}

/** One problem in a payload or a request, zod style. */
export interface PeriskopeIssue {
  /** Keys and indices from the root to the offending value, e.g. `["ticket", "priority"]`. */
  path: (string | number)[];
  code: IssueCode;
  message: string;
}

/** The rate-limit state the server reported (`X-RateLimit-*` headers). */
export interface RateLimit {
  limit?: number;
  remaining?: number;
  /** When the window resets. */
  reset?: Date;
}

// Generated from src/error.rs: edit it there, then `UPDATE=1 cargo test` rewrites this block.
/**
 * What kind of failure an error is: `PeriskopeError.kind`.
 */
export type PeriskopeErrorKind =
  | 'syntax'
  | 'validation'
  | 'limit'
  | 'http'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'init';
/**
 * Machine-readable reason of an issue, stable across versions.
 */
export type IssueCode =
  | 'invalid_type'
  | 'missing_field'
  | 'out_of_range'
  | 'invalid_format'
  | 'invalid_value'
  | 'duplicate_key'
  | 'conflicting_alias'
  | 'unknown_field'
  | 'empty';
/**
 * Which limit an input went past: `PeriskopeError.limit`.
 */
export type LimitExceeded =
  | 'max_bytes'
  | 'max_depth';
// End of the generated block.

/** Every error this package throws or rejects with. */
export declare class PeriskopeError extends Error {
  /** The package makes every instance; `details` become its properties (`line`, `issues`, `status`...). */
  constructor(kind: PeriskopeErrorKind, message: string, details?: Record<string, unknown>);
  readonly name: 'PeriskopeError';
  readonly kind: PeriskopeErrorKind;
  /** `syntax`: line of the first offending character (1-based). */
  readonly line?: number;
  /** `syntax`: column of the first offending character (1-based, UTF-16 code units). */
  readonly column?: number;
  /** `syntax`: index of the first offending character in the input string. */
  readonly offset?: number;
  /** `validation` (and `http` 422): every problem found. */
  readonly issues?: PeriskopeIssue[];
  /** `limit`: which limit was passed. */
  readonly limit?: LimitExceeded;
  /** True when the offending payload came from the server, not from the caller. */
  readonly fromServer?: boolean;
  /** `http`: the response status. */
  readonly status?: number;
  /** `http`: the API's error code (`VALIDATION_ERROR`, `UNAUTHORIZED_ERROR`...), when the body had one. */
  readonly code?: string;
  /** `http`: the `x-periskope-trace-id` header, to quote to Periskope support. */
  readonly traceId?: string;
  /** `http`: the `X-RateLimit-*` headers. */
  readonly rateLimit?: RateLimit;
  /** `http`: seconds the server asked to wait (`Retry-After`). */
  readonly retryAfter?: number;
  toJSON(): Record<string, unknown>;
}
