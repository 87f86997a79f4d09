import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/server/platform/security';
import { ROLES, type TRole } from '../../src/shared/roles';
import { DATA_MATRIX, PDF, storedFile } from './access-matrix/data';
import {
  type Case,
  createFixture,
  expectedStatus,
  type Fixture,
  fileForm,
  lastAuditId,
  type Matrix,
  send,
  type Target,
} from './access-matrix/harness';
import { changedTables, fingerprint } from './access-matrix/fingerprint';
import { MEDIA_MATRIX } from './access-matrix/media';
import { ORG_MATRIX } from './access-matrix/org';
import { PERFORMANCE_MATRIX } from './access-matrix/performance';
import { SURVEYS_MATRIX } from './access-matrix/surveys';

/**
 * Every route of the API × every role × (own unit, another unit) → 401 without a session, 403 for
 * a role that is not allowed, 404 for a record hidden from the caller, and a real success (a valid
 * request, the route's own success status) for the roles that are. The routes come from the
 * application's OpenAPI document, so a route added without an expectation fails here.
 */
const MATRIX: Matrix = { ...ORG_MATRIX, ...DATA_MATRIX, ...PERFORMANCE_MATRIX, ...SURVEYS_MATRIX, ...MEDIA_MATRIX };

/** API routes that are not in the OpenAPI document, on purpose. */
const OUTSIDE_OPENAPI = [
  'GET /api/auth/*', // better-auth's endpoints: tested in auth.test.ts
  'POST /api/auth/*',
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/docs/assets/swagger-initializer-simpul.js',
];

const ERROR_CODE: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
}, 120_000);
afterAll(() => f?.t.close());

/** `/api/files/{id}/download` → a pattern that a built path must match. */
function routePattern(key: string): RegExp {
  const template = key.split(' ')[1]!;
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

const cases = (spec: Matrix[string]): Case[] => (Array.isArray(spec) ? spec : [spec]);

describe('the matrix covers the application', () => {
  it('has an expectation for every route of the OpenAPI document, and no expectation without a route', async () => {
    const doc = (await (await f.t.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.length).toBeGreaterThan(40);
    expect(
      routes.filter((r) => !(r in MATRIX)),
      'routes without an expectation',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((k) => !routes.includes(k)),
      'expectations without a route',
    ).toEqual([]);
  });

  it('has no API route outside the OpenAPI document but the listed ones', () => {
    const documented = new Set(Object.keys(MATRIX));
    const stray = f.t.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
      .filter((key) => !documented.has(key) && !OUTSIDE_OPENAPI.includes(key));
    expect([...new Set(stray)]).toEqual([]);
  });
});

type Schema = { $ref?: string; properties?: Record<string, Schema>; additionalProperties?: boolean | Schema; items?: Schema } & Record<
  string,
  unknown
>;

describe('mass assignment', () => {
  it('every JSON body in the API refuses fields it does not name, at every depth', async () => {
    const doc = (await (await f.t.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema: Schema }> } }>>;
      components: { schemas: Record<string, Schema> };
    };
    const open: string[] = [];
    const seen = new Set<Schema>();
    const walk = (schema: Schema | undefined, where: string) => {
      if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
      seen.add(schema);
      if (schema.$ref) return walk(doc.components.schemas[schema.$ref.split('/').pop()!], where);
      // An object with named fields must say additionalProperties: false (zod's strictObject).
      if (schema.properties && schema.additionalProperties !== false) open.push(where);
      for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties') for (const [name, sub] of Object.entries(value as Record<string, Schema>)) walk(sub, `${where}.${name}`);
        else if (Array.isArray(value)) for (const sub of value) walk(sub as Schema, where);
        else if (value && typeof value === 'object') walk(value as Schema, where);
      }
    };
    let bodies = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema) continue;
        bodies++;
        walk(schema, `${method.toUpperCase()} ${path}`);
      }
    }
    expect(bodies).toBeGreaterThan(20);
    expect(open).toEqual([]);
  });
});

/** One call of the matrix; returns what went wrong, if anything. */
async function probe(key: string, c: Case, who: TRole | null, target: Target): Promise<string | undefined> {
  const role = who ?? firstAllowed(c);
  const req = await c.build(f, role, target === 'home' ? f.home(role) : f.away(role), target);
  const label = `${who ?? 'anonymous'} (${target})`;
  if (req.method !== key.split(' ')[0] || !routePattern(key).test(req.path.split('?')[0]!)) {
    return `${label}: the case built ${req.method} ${req.path}, not a request for this route`;
  }
  const before = await lastAuditId(f);
  const res = await send(f, req, who ? f.users[who].session : undefined);
  const want = expectedStatus(c, who, target);
  const text = await res.text();
  if (res.status !== want) return `${label}: ${res.status}, expected ${want} — ${text.slice(0, 200)}`;
  const headers = missingHeaders(res);
  if (headers.length) return `${label}: without ${headers.join(', ')}`;
  if (want >= 400) {
    const code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    if (code !== ERROR_CODE[want]) return `${label}: error code ${code}, expected ${ERROR_CODE[want]}`;
    if ((await lastAuditId(f)) !== before) return `${label}: refused, yet the audit trail grew`;
  }
  return undefined;
}

/** The headers every API answer carries, success or refusal (docs/security.md). */
function missingHeaders(res: Response): string[] {
  const csp = res.headers.get('content-security-policy') ?? '';
  const missing: string[] = [];
  // A download brings its own, stricter policy: nothing may load, and the file runs sandboxed.
  if (!/frame-ancestors 'none'/.test(csp) && !/sandbox/.test(csp)) missing.push('CSP frame-ancestors or sandbox');
  if (/default-src 'self'/.test(csp) && !(/object-src 'none'/.test(csp) && /base-uri 'none'/.test(csp)))
    missing.push("CSP object-src/base-uri 'none'");
  if (res.headers.get('x-content-type-options') !== 'nosniff') missing.push('nosniff');
  if (!res.headers.get('referrer-policy')) missing.push('Referrer-Policy');
  if (!/no-store/.test(res.headers.get('cache-control') ?? '')) missing.push('Cache-Control: no-store');
  return missing;
}

function firstAllowed(c: Case): TRole {
  return Array.isArray(c.allowed) ? c.allowed[0]! : 'admin';
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const EVERY_UUID = new RegExp(UUID.source, 'g');

for (const [key, spec] of Object.entries(MATRIX)) {
  describe(key, () => {
    for (const c of cases(spec)) {
      it(`${c.label ? `${c.label}: ` : ''}${c.allowed === 'public' ? 'public' : `allowed ${[c.allowed].flat().join(', ')}`}`, async () => {
        const problems: (string | undefined)[] = [];
        for (const role of ROLES) {
          problems.push(await probe(key, c, role, 'home'));
          if (c.scope !== 'global') problems.push(await probe(key, c, role, 'away'));
        }
        problems.push(await probe(key, c, null, 'home'));
        if (c.allowed !== 'public') {
          // Without a session, an unknown id is not "not found": nothing is looked up before the session.
          const req = await c.build(f, firstAllowed(c), f.home(firstAllowed(c)), 'home');
          if (UUID.test(req.path)) {
            const res = await send(f, { ...req, path: req.path.replace(EVERY_UUID, () => crypto.randomUUID()) });
            if (res.status !== 401) problems.push(`anonymous, unknown id: ${res.status}, expected 401`);
          }
        }
        expect(problems.filter(Boolean)).toEqual([]);
      });
    }
  });
}

describe('a unit user changing an id in a URL reaches nothing of another unit', () => {
  it("neither lists, reads, downloads nor uploads to another unit's files", async () => {
    const mine = await storedFile(f, f.units.proposing);
    const theirs = await storedFile(f, f.units.proposing2);
    const unit = f.users.unit_pengusul.session;
    const ids = async (path: string) =>
      ((await (await f.t.request(path, { as: unit })).json()) as { items: { id: string; unitId: string }[] }).items;
    const listed = await ids('/api/files?limit=500');
    expect(listed.map((x) => x.id)).toContain(mine.id);
    expect(listed.every((x) => x.unitId === f.units.proposing)).toBe(true);
    // Asking for the other unit by its id in the query gives nothing either.
    expect(await ids(`/api/files?unitId=${f.units.proposing2}`)).toEqual([]);
    for (const path of [`/api/files/${theirs.id}`, `/api/files/${theirs.id}/download`]) {
      expect((await f.t.request(path, { as: unit })).status, path).toBe(404);
    }
    const upload = await f.t.request('/api/files', { as: unit, rawBody: fileForm(PDF, 'a.pdf', { unitId: f.units.proposing2 }) });
    expect(upload.status).toBe(403);
    // The bureau sees both.
    const all = (await (await f.t.request('/api/files?limit=500', { as: f.users.auditor.session })).json()) as { items: { id: string }[] };
    expect(all.items.map((x) => x.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });
});

describe('no state change on GET', () => {
  it('leaves every table but the audit trail as it was', async () => {
    const changed: string[] = [];
    for (const [key, spec] of Object.entries(MATRIX)) {
      if (!key.startsWith('GET ')) continue;
      for (const c of cases(spec)) {
        const role = firstAllowed(c);
        const req = await c.build(f, role, f.home(role), 'home');
        const before = await fingerprint(f.t.services.db);
        const res = await send(f, req, c.allowed === 'public' ? undefined : f.users[role].session);
        expect(res.status, key).toBe(c.ok);
        // Exports record who exported what; sessions may be refreshed by better-auth.
        const tables = changedTables(before, await fingerprint(f.t.services.db), ['audit_log', 'session']);
        changed.push(...tables.map((table) => `${key}: ${table}`));
      }
    }
    expect(changed).toEqual([]);
  }, 120_000);
});

describe('transport security', () => {
  it('sends HSTS for a year, subdomains included, in production only', async () => {
    const answer = async (production: boolean) =>
      new Hono()
        .use(securityHeaders(production))
        .get('/', (c) => c.text('ok'))
        .request('/');
    expect((await answer(true)).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    // Over plain HTTP (development, tests) the header would be meaningless.
    expect((await answer(false)).headers.get('strict-transport-security')).toBeNull();
  });
});
