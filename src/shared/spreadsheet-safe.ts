/**
 * A text a spreadsheet would read as a formula — starting with =, +, -, @, a tab or a carriage
 * return — with an apostrophe before it, so opening a CSV runs nothing (CSV injection). Used by every
 * CSV Simpul writes: the server's list exports and the files the browser makes itself.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
