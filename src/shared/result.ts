// Errors cross every boundary as values, never as thrown exceptions (the Signal Desktop way).
export const errorCodes = [
  'invalid_input',
  'forbidden',
  'locked',
  'no_vault',
  'vault_exists',
  'wrong_passphrase',
  'wrong_recovery_code',
  /** Several wrong secrets in a row: the next try is allowed after a short wait. */
  'try_later',
  'weak_passphrase',
  'key_file_damaged',
  'database_damaged',
  'database_too_new',
  'read_only',
  'not_found',
  'conflict',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface HarborErrorValue {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HarborErrorValue };

/** Thrown inside main to end a handler with a specific, person-readable error. */
export class HarborError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'HarborError';
    this.code = code;
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
