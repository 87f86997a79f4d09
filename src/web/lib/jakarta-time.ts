// Date-time fields (`<input type="datetime-local">`) hold a wall-clock time without a zone. The
// bureau works in Jakarta time (WIB, UTC+7, no daylight saving), so a field's value is read and
// shown as WIB whatever the browser's own zone; the API takes ISO moments with their offset.

const JAKARTA_MS = 7 * 3_600_000;

/** An ISO moment as the `datetime-local` value a person in Jakarta would type (`''` for none). */
export function jakartaInputValue(iso: string | null | undefined): string {
  return iso ? new Date(Date.parse(iso) + JAKARTA_MS).toISOString().slice(0, 16) : '';
}

/** A `datetime-local` value read as Jakarta time, with its offset (what the API wants); null when empty. */
export function jakartaMoment(value: string): string | null {
  if (!value) return null;
  return value.length === 16 ? `${value}:00+07:00` : `${value}+07:00`;
}
