import { type ClientResponse, hc } from 'hono/client';
import type { AppType } from '../../server/app';

/** One field's problem as the API reports it (`error.fields`). */
export interface FieldError {
  path: string;
  message: string;
  row?: number;
  column?: string;
}

/**
 * An API failure. `message` is already in the user's language (the server reads the language
 * cookie); `code` is stable and is what the interface branches on.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    /** True when the message is Simpul's own, written in the user's language. */
    readonly localized = false,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Codes the interface gives when the server could not answer in the agreed shape. */
export const NETWORK_ERROR = 'NETWORK';
export const UNKNOWN_ERROR = 'UNKNOWN';

/**
 * The typed API client (Hono RPC). Paths, parameters and bodies are checked against the server's
 * routes at compile time. The origin is absolute so that `$url()` can build download links.
 */
export const api = hc<AppType>(globalThis.location?.origin ?? 'http://localhost');

/** Reads any response into an ApiError: Simpul's `{ error }`, better-auth's `{ code, message }`, or neither. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const shaped = body as { error?: { code?: unknown; message?: unknown; fields?: unknown }; code?: unknown; message?: unknown } | null;
  if (shaped?.error && typeof shaped.error.code === 'string') {
    const fields = Array.isArray(shaped.error.fields) ? (shaped.error.fields as FieldError[]) : [];
    return new ApiError(response.status, shaped.error.code, String(shaped.error.message ?? ''), fields, true);
  }
  // better-auth's own errors (second factor, password checks) carry a code and an English message.
  if (shaped && typeof shaped.code === 'string') return new ApiError(response.status, shaped.code, String(shaped.message ?? ''));
  return new ApiError(response.status, UNKNOWN_ERROR, '');
}

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206;
/** The body type of the successful responses among a typed client response union. */
type SuccessBody<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatus ? T : never) : never;

/**
 * Awaits a typed client call and returns its successful body, or throws an ApiError.
 * `unwrap(api.api.units.$get())` → `{ items: TUnit[] }`.
 */
export async function unwrap<R extends ClientResponse<unknown, number, string>>(call: Promise<R>): Promise<SuccessBody<R>> {
  let response: R;
  try {
    response = await call;
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!response.ok) throw await toApiError(response as unknown as Response);
  if (response.status === 204) return undefined as SuccessBody<R>;
  return (await response.json()) as SuccessBody<R>;
}

/**
 * `unwrap` for a list route that also answers files (`?format=xlsx|csv`): called without the
 * format, its body is the JSON, so the file types leave the result's type.
 */
export async function unwrapJson<R extends ClientResponse<unknown, number, string>>(
  call: Promise<R>,
): Promise<Exclude<SuccessBody<R>, string | Response>> {
  return (await unwrap(call)) as Exclude<SuccessBody<R>, string | Response>;
}

/**
 * better-auth's endpoints under /api/auth are not part of the typed app (they are its handler
 * mounted as a whole), so they go through this one generic POST.
 */
export async function postAuth<T>(path: `/api/auth/${string}`, body: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!response.ok) throw await toApiError(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}
