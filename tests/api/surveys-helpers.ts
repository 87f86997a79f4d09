import { count, eq } from 'drizzle-orm';
import { surveyResponses } from '../../src/server/db/schema';
import { skmQuestionnaire } from '../../src/server/modules/surveys/skm-template';
import type { TQuestion } from '../../src/shared/surveys';
import type { Session, TestApp } from '../setup/test-app';

export interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string; row?: number; column?: string }[] };
}

export const GENDER: TQuestion = {
  type: 'single',
  code: 'gender',
  text: { id: 'Jenis kelamin', en: 'Sex' },
  options: [
    { value: 'f', label: { id: 'Perempuan', en: 'Female' } },
    { value: 'm', label: { id: 'Laki-laki', en: 'Male' } },
  ],
  demographic: true,
  required: false,
};

/** A survey body: the regulation's nine elements, a gender question, expectations if asked. */
export function surveyBody(code: string, overrides: Record<string, unknown> = {}, expectations = true) {
  return {
    code,
    title: `Survei uji ${code}`,
    year: 2030,
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    series: null,
    questionnaire: skmQuestionnaire(undefined, { expectations, demographics: [GENDER] }),
    ...overrides,
  };
}

/** All nine satisfaction answers at one value, expectations at another. */
export function answers(s: number | number[], e?: number, gender = 'f') {
  const sat = Array.isArray(s) ? s : Array.from({ length: 9 }, () => s);
  const out: Record<string, unknown> = { gender };
  sat.forEach((v, i) => {
    out[`U${i + 1}`] = v;
  });
  if (e !== undefined) for (let i = 1; i <= 9; i++) out[`H${i}`] = e;
  return out;
}

export function tokenOf(path: string): string {
  return path.split('/').pop()!;
}

let address = 0;
/** A fresh client address per call (the app trusts X-Forwarded-For in these tests). */
export function newAddress(): string {
  address++;
  return `10.${Math.floor(address / 250) % 250}.${address % 250}.7`;
}

export async function submit(t: TestApp, token: string, body: Record<string, unknown>, ip: string, lang: 'id' | 'en' = 'id') {
  return t.request(`/api/public/surveys/${token}/responses`, {
    body: { version: 1, consent: true, ...body },
    headers: { 'x-forwarded-for': ip, 'accept-language': lang },
  });
}

export async function responsesOf(t: TestApp, surveyId: string): Promise<number> {
  const [row] = await t.services.db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
  return row?.n ?? 0;
}

export async function createSurvey(t: TestApp, as: Session, body: Record<string, unknown>) {
  const res = await t.request('/api/surveys', { as, body });
  if (res.status !== 201) throw new Error(`create survey: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; publicPath: string | null; code: string; status: string };
}
