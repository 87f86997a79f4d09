import { inArray } from 'drizzle-orm';
import { ZCreateSurveyRequest } from '../../../../shared/surveys';
import type { Db } from '../../../db/types';
import { SYSTEM_META } from '../../../platform/command';
import { createInvitations } from '../commands/invitations';
import { recordResponses } from '../commands/record';
import { createStudy } from '../commands/studies';
import { createSurvey } from '../commands/surveys';
import { surveyInvitations } from '../schema';
import { skmQuestionnaire } from '../skm-template';
import { internalQuestionnaire, internalResponses } from './internal';
import { MEDIA_DEMOGRAPHICS, MEDIA_ORDER, mediaResponses2020, mediaResponses2021 } from './media';
import { PUBLIC_OPINION_2021 } from './public-opinion';

/** Survey codes the 2021 plan's indicators name (performance demo). */
export const DEMO_SURVEY_CODES = { media2021: 'IKM-MEDIA-2021', media2020: 'IKM-MEDIA-2020', opinion2021: 'IOP-2021' } as const;

const PROPOSING_UNITS = [
  'hukor',
  'd1',
  'd2',
  'd3',
  'd4',
  'pusdatin',
  'bbpom-jkt',
  'bbpom-bdg',
  'bbpom-sby',
  'bbpom-mdn',
  'bbpom-mks',
  'loka-bks',
];
const QUARTER_DAYS = [
  ['03-15', '03-31'],
  ['06-14', '06-30'],
  ['09-13', '09-30'],
  ['12-06', '12-20'],
] as const;

/** A moment in Jakarta: the demo's responses arrive during office hours over the survey's days. */
const at = (day: string, i: number) =>
  new Date(`${day}T${String(8 + (i % 9)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00+07:00`);
const dayOf = (year: number, month: number, first: number, span: number, i: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(first + (i % span)).padStart(2, '0')}`;

/**
 * The surveys of 2021 as records: the media survey's 71 respondents and 2020's 60 for the
 * comparison, the public-opinion study as its aggregate results, and four quarters of internal
 * satisfaction rated by the twelve proposing units. The indicators IKK3–IKK5 compute from these.
 */
export async function loadSurveysDemo(db: Db, unitIds: Record<string, string>) {
  await db.transaction(async (tx) => {
    const ctx = { tx, actor: null, meta: SYSTEM_META };
    for (const [year, expectations, answers] of [
      [2020, false, mediaResponses2020()],
      [2021, true, mediaResponses2021()],
    ] as const) {
      const input = ZCreateSurveyRequest.parse({
        code: `IKM-MEDIA-${year}`,
        title: `Survei Indeks Kepuasan Media Badan POM Tahun ${year}`,
        titleEn: `BPOM Media Satisfaction Survey ${year}`,
        purpose:
          'Mengetahui tingkat kepuasan dan persepsi media serta memperoleh masukan untuk peningkatan kualitas pelayanan kehumasan Badan POM.',
        population: 'Jurnalis yang mendapatkan pelayanan kehumasan Badan POM selama tahun berjalan, di Pulau Jawa dan Bali.',
        // 146 journalists served: Krejcie–Morgan at d = 0,07 asks 84 of them (the 84 the report states).
        populationSize: year === 2021 ? 146 : null,
        marginOfError: year === 2021 ? 0.07 : null,
        year,
        series: 'kepuasan-media',
        opensOn: `${year}-11-01`,
        closesOn: `${year}-11-30`,
        access: 'public',
        unitId: unitIds.humas,
        questionnaire: skmQuestionnaire(MEDIA_ORDER, {
          expectations,
          demographics: year === 2021 ? MEDIA_DEMOGRAPHICS.map((d) => d.question) : [],
        }),
      });
      const survey = await createSurvey(ctx, input);
      await recordResponses(
        ctx,
        survey,
        input.questionnaire,
        1,
        'web',
        answers.map((a, i) => ({ answers: a, submittedAt: at(dayOf(year, 11, 1, 29, i), i) })),
      );
    }

    await createStudy(ctx, { ...PUBLIC_OPINION_2021, unitId: unitIds.humas ?? null });

    const units = PROPOSING_UNITS.map((key) => unitIds[key]).filter((id): id is string => !!id);
    for (let quarter = 1; quarter <= 4; quarter++) {
      const [open, close] = QUARTER_DAYS[quarter - 1]!;
      const input = ZCreateSurveyRequest.parse({
        code: `IKI-2021-TW${quarter}`,
        kind: 'internal',
        title: `Survei Kepuasan Internal Layanan Biro Kerja Sama dan Humas Triwulan ${['I', 'II', 'III', 'IV'][quarter - 1]} 2021`,
        titleEn: `Internal satisfaction with the bureau’s services, Q${quarter} 2021`,
        purpose: 'Mengukur kepuasan unit kerja dan UPT terhadap layanan dukungan manajemen biro (IKK5).',
        population: 'Unit kerja pusat dan UPT pengguna layanan biro.',
        year: 2021,
        quarter,
        series: 'kepuasan-internal',
        opensOn: `2021-${open}`,
        closesOn: `2021-${close}`,
        access: 'invitation',
        unitId: unitIds.biro,
        questionnaire: internalQuestionnaire(),
      });
      const survey = await createSurvey(ctx, input);
      const invitations = await createInvitations(
        ctx,
        survey.id,
        units.map((unitId) => ({ unitId, label: null })),
      );
      const answers = internalResponses(quarter, units.length);
      await recordResponses(
        ctx,
        survey,
        input.questionnaire,
        1,
        'invitation',
        answers.map((a, i) => ({
          answers: a,
          unitId: invitations[i]!.unitId,
          invitationId: invitations[i]!.id,
          submittedAt: at(`2021-${close}`, i),
        })),
      );
      await tx
        .update(surveyInvitations)
        .set({ usedAt: at(`2021-${close}`, 0) })
        .where(
          inArray(
            surveyInvitations.id,
            invitations.map((i) => i.id),
          ),
        );
    }
  });
}
