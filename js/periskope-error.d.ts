/** Where a syntax error is: 1-based line and column; column and offset count UTF-16 code units. */
export interface ErrorPosition {
  line: number;
  column: number;
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
 * One problem in a payload or a request, zod style: where (`path`), what (`code`, and the
 * details of that code) and a sentence for people (`message`). Narrow on `code` to read the details.
 */
export type PeriskopeIssue = {
  /** Keys and indices from the root to the offending value, e.g. `["ticket", "priority"]`; `[]` for the input itself. */
  path: (string | number)[];
  /** A sentence for people, quoting the offending value (cut after 40 characters). */
  message: string;
} & (
  | {
      /** The value has the wrong JSON type (`"yes"` where a boolean is expected). */
      code: 'invalid_type';
      /** What the field takes: `string`, `number`, `integer`, `boolean`, `object`, `array`, or several joined by ` | `. */
      expected: string;
      /** What was given: `string`, `number`, `boolean`, `null`, `object`, `array`; from JavaScript also `undefined`, `function`, or a class name (`Map`, `Date`). */
      received: string;
    }
  | {
      /** A required field is absent. */
      code: 'missing_field';
      /** What the field takes, as in `invalid_type`. */
      expected: string;
    }
  | {
      /** A number or a length is outside the accepted range. */
      code: 'out_of_range';
      /** The smallest accepted, when there is one. */
      minimum?: number;
      /** The largest accepted, when there is one. */
      maximum?: number;
      /** What is counted: `value` (the number itself), `characters` (UTF-16 code units, as `.length` counts), `digits` or `bytes`. */
      unit: string;
    }
  | {
      /** A string does not have the documented format (checked in strict mode and for requests). */
      code: 'invalid_format';
      /** The format expected: `chat_id`, `contact_id`, `phone`, `phone_id`, `email`, `date`, `timestamp`, `message_id`, `uuid`, `label_id`, `url` or `id`. */
      format: string;
    }
  | {
      /** A value is not one of the accepted values. */
      code: 'invalid_value';
      /** The accepted values, when they can be listed (`[]` when they cannot, as for "a whole number"). */
      allowed: string[];
    }
  | {
      /** The same key appears twice in one object. */
      code: 'duplicate_key';
      /** The repeated key. */
      key: string;
    }
  | {
      /** A field is given under two of its accepted names with different values. */
      code: 'conflicting_alias';
      /** The two names it was given under. */
      names: [string, string];
    }
  | {
      /** A request field the API does not know (likely a typo). */
      code: 'unknown_field';
      /** The key given. */
      key: string;
      /** The known field it is likely a typo of, when one is close. */
      suggestion?: string;
    }
  | {
      /** The object needs at least one field. */
      code: 'empty';
      /** The fields of which at least one is needed. */
      fields: string[];
    }
);
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
