import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaNews } from '../../src/server/db/schema';
import { insertNews } from '../../src/server/modules/media/news/insert';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

const run = promisify(execFile);
let t: TestApp;
let koordinator: Session;
let dir: string;

beforeAll(async () => {
  t = await createTestApp();
  koordinator = (await makeUser(t, 'koordinator', (await makeUnit(t, { kind: 'group' })).id)).session;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-tone-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const PARTIES = ['Komisi IX DPR', 'YLKI', 'Gubernur', 'Epidemiolog', 'IDI'];
const TOPICS = ['vaksin', 'kosmetik ilegal', 'takjil', 'obat tradisional', 'izin edar'];
function labelled(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const party = PARTIES[i % 5]!;
    const topic = TOPICS[Math.floor(i / 5) % 5]!;
    if (i % 10 === 9) return { text: `${party} kritik BPOM lamban soal ${topic} ${i}`, label: 'negative' as const };
    if (i % 2 === 0) return { text: `${party} apresiasi langkah BPOM soal ${topic} ${i}`, label: 'positive' as const };
    return { text: `BPOM gelar pengawasan ${topic} di daerah ${i}`, label: 'neutral' as const };
  });
}
const csv = (items: { text: string; label: string }[]) => `text,label\n${items.map((i) => `"${i.text}",${i.label}`).join('\n')}\n`;

describe('simpul tone evaluate', () => {
  it('trains on one CSV, scores the other, and prints the figures as JSON', async () => {
    const items = labelled(300);
    fs.writeFileSync(path.join(dir, 'train.csv'), csv(items.slice(0, 240)));
    fs.writeFileSync(path.join(dir, 'test.csv'), csv(items.slice(240)));
    const { stdout } = await run('node', [
      'bin/simpul.mjs',
      'tone',
      'evaluate',
      '--train',
      path.join(dir, 'train.csv'),
      '--test',
      path.join(dir, 'test.csv'),
      '--json',
    ]);
    const out = JSON.parse(stdout) as Record<string, unknown> & { perClass: Record<string, { f1: number; support: number }> };
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['accuracy', 'macroF1', 'perClass', 'trainSeconds', 'itemsPerSecond']));
    expect(out.accuracy).toBeGreaterThan(0.9);
    expect(Object.keys(out.perClass).sort()).toEqual(['negative', 'neutral', 'positive']);
    expect(out.perClass.negative!.support).toBe(6);
    expect(out.itemsPerSecond).toBeGreaterThan(0);
  }, 60_000);

  it('refuses a file with a wrong label, naming the line', async () => {
    fs.writeFileSync(path.join(dir, 'bad.csv'), 'text,label\n"BPOM",positive\n"BPOM lagi",senang\n');
    const failed = await run('node', [
      'bin/simpul.mjs',
      'tone',
      'evaluate',
      '--train',
      path.join(dir, 'bad.csv'),
      '--test',
      path.join(dir, 'bad.csv'),
    ]).catch((e: { code: number; stderr: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toContain('line 3');
  }, 60_000);
});

describe('retraining from confirmed labels', () => {
  it('waits for enough labels, then trains, reports held-out scores, and refreshes the suggestions', async () => {
    const store = (items: { text: string; label: 'positive' | 'neutral' | 'negative' | null }[]) =>
      insertNews(
        t.services.db,
        items.map((item, i) => ({
          publishedAt: new Date(Date.UTC(2025, 0, 1 + (i % 300), 3)),
          title: item.text,
          outletName: 'Media Latih',
          mediaType: 'online' as const,
          url: `https://latih.example/${item.text.length}-${i}-${Math.random()}`,
          tone: item.label,
        })),
        { source: 'manual', actorId: null, toneOrigin: 'staff' },
      );
    await store(labelled(100));
    const early = await t.request('/api/media/tone/retrain', { as: koordinator, body: {} });
    expect(await early.json()).toMatchObject({ trained: false, reason: 'too_few_labels' });

    await store(labelled(500).slice(100));
    await store([{ text: 'YLKI apresiasi langkah BPOM soal label pangan', label: null }]);
    const res = await t.request('/api/media/tone/retrain', { as: koordinator, body: {} });
    const trained = (await res.json()) as { trained: boolean; modelId: string; macroF1: number };
    expect(trained.trained).toBe(true);
    const page = (await (await t.request('/api/media/tone/model', { as: koordinator })).json()) as {
      active: { id: string; testItems: number; confusion: number[][]; perClass: Record<string, unknown> };
      history: unknown[];
    };
    expect(page.active.id).toBe(trained.modelId);
    expect(page.active.testItems).toBeGreaterThan(50);
    expect(page.active.confusion.flat().reduce((a, b) => a + b, 0)).toBe(page.active.testItems);
    const [waiting] = await t.services.db.select().from(mediaNews).where(isNull(mediaNews.tone));
    expect(waiting).toMatchObject({ suggestedTone: 'positive', suggestionModelId: trained.modelId });
  }, 120_000);
});
