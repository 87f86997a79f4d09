/** Which database the suite runs on: PGlite by default, PostgreSQL with TEST_DB=postgres. */
export function testDbKind(): 'pglite' | 'postgres' {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** A superuser connection to the test server (CI: PostgreSQL on 127.0.0.1:5432 with trust auth). */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEMPLATE_DB = 'simpul_test_template';

export function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export function templateUrl(): string {
  return urlFor(TEMPLATE_DB);
}
