import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, errorMessage, type Lang } from '../../shared/i18n/errors';

/** One field's problem, shown beside the field (or beside the row and column in an import). */
export interface FieldError {
  path: string;
  message: string;
  row?: number;
  column?: string;
}

/**
 * The one error type of the API. A code is stable (clients and tests match on it); the message
 * is rendered in the user's language when the response is written.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: { params?: Record<string, string | number>; fields?: FieldError[]; cause?: unknown } = {},
  ) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
  }
}

export const HTTP_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  TOTP_REQUIRED: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  MALFORMED_JSON: 400,
  IMPORT_INVALID: 422,
  IMPORT_UNREADABLE: 400,
  IMPORT_COLUMNS: 400,
  FILE_TYPE_MISMATCH: 415,
  FILE_TYPE_NOT_ALLOWED: 415,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  CONFLICT: 409,
  DUPLICATE: 409,
  INVALID_STATE: 409,
  UNIT_CYCLE: 409,
  THROTTLED: 429,
  WEAK_PASSWORD: 400,
  INVALID_CREDENTIALS: 401,
  INTERNAL: 500,
  PDF_UNAVAILABLE: 503,
  SURVEY_CLOSED: 409,
  SURVEY_NOT_OPEN: 409,
  INVITATION_USED: 409,
  SURVEY_DUPLICATE: 409,
  SURVEY_QUOTA_FULL: 409,
  SURVEY_RATE_LIMITED: 429,
  QUESTIONNAIRE_ANSWERED: 409,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

/**
 * A field message written in both languages, `Indonesian / English` (as the modules write their own
 * checks), answered in the user's language only; any other message as it is.
 */
/** A field's error written in both languages; the answer carries the reader's half (errorBody). */
export function invalidField(path: string, id: string, en: string): AppError {
  return new AppError('VALIDATION', { fields: [{ path, message: `${id} / ${en}` }] });
}

function inLanguage(message: string, lang: Lang): string {
  const parts = message.split(' / ');
  return parts.length === 2 ? parts[lang === 'en' ? 1 : 0]! : message;
}

export function errorBody(error: AppError, lang: Lang): ErrorBody {
  const fields = error.options.fields?.map((f) => ({ ...f, message: inLanguage(f.message, lang) }));
  return {
    error: {
      code: error.code,
      message: errorMessage(lang, error.code, error.options.params),
      ...(fields?.length ? { fields } : {}),
    },
  };
}
