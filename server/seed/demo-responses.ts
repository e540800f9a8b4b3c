import type { Kysely } from 'kysely';
import { codeAllPending } from '../coding/coding-runner';
import { createConsultation, type Consultation } from '../consultations/consultations.repository';
import { kioskSettings } from '../consultations/kiosk-settings';
import { addToResponseCounts } from '../consultations/response-counts.repository';
import type { Database, ResponseTable } from '../db/schema';
import { canonicalJson } from '../lib/canonical-json';
import { sha256Hex } from '../lib/ids';
import { findVersionById } from '../questionnaires/questionnaires.repository';
import { surveyLocales } from '../questionnaires/survey-locales';
import { compileValidator } from '../validation/compile-validator';
import { DemoRandom, NEED_ODDS, newcomerAnswers, providerAnswers } from './demo-answers';
import { DEMO_SLUGS } from './demo';

/** Fixed links of the demo-data consultations; the first one also marks the data as seeded. */
export const DEMO_DATA_SLUGS = { newcomers: 'demo-results', previousWave: 'demo-results-previous', providers: 'demo-results-providers' } as const;

/** Neighbourhoods of the demo partnership, with respondents per wave (the last is small on purpose). */
const COMMUNITIES: ReadonlyArray<{ name: string; now: number; before: number; providers: number; locales: Record<string, number> }> = [
  { name: 'Ottawa', now: 110, before: 45, providers: 14, locales: { en: 55, fr: 20, ar: 8, es: 6, 'zh-cn': 6, pa: 3, tl: 2 } },
  { name: 'Kanata', now: 70, before: 30, providers: 10, locales: { en: 60, fr: 10, 'zh-cn': 12, pa: 8, es: 5, tl: 5 } },
  { name: 'Orléans', now: 70, before: 25, providers: 10, locales: { fr: 55, en: 35, ar: 5, es: 5 } },
  { name: 'Vanier', now: 60, before: 25, providers: 10, locales: { fr: 35, en: 35, ar: 20, es: 10 } },
  { name: 'Barrhaven', now: 20, before: 5, providers: 4, locales: { en: 70, pa: 15, tl: 15 } },
];

const SEED = 20_261_202;

export interface DemoResponsesResult {
  stored: number;
  /** Generated answers the questionnaire's validator refused (never stored); 0 unless a questionnaire changed. */
  refused: number;
}

/**
 * Fictional responses for the demo partnership, so a fresh install shows real figures: three
 * closed consultations titled as demo data (this wave, the wave before and the providers), over
 * five communities, seven languages, three channels and several weeks, with open answers for the
 * coder and the review queue. Same data on every install (seeded PRNG); every response passes the
 * questionnaire's validator, as intake would require. Does nothing without the demo consultation
 * or when already seeded. They are coded before it returns, as the background coder would.
 */
export async function seedDemoResponses(db: Kysely<Database>, now: string): Promise<DemoResponsesResult> {
  const none = { stored: 0, refused: 0 };
  const demoLink = await db.selectFrom('consultation_links').select('consultation_id').where('slug', '=', DEMO_SLUGS.newcomers).executeTakeFirst();
  const providerLink = await db.selectFrom('consultation_links').select('consultation_id').where('slug', '=', DEMO_SLUGS.providers).executeTakeFirst();
  const seeded = await db.selectFrom('consultation_links').select('slug').where('slug', '=', DEMO_DATA_SLUGS.newcomers).executeTakeFirst();
  if (!demoLink || !providerLink || seeded) return none;
  const demo = await db.selectFrom('consultations').selectAll().where('id', '=', demoLink.consultation_id).executeTakeFirstOrThrow();
  const providerDemo = await db.selectFrom('consultations').selectAll().where('id', '=', providerLink.consultation_id).executeTakeFirstOrThrow();

  const partnership = await db.selectFrom('partnerships').select(['id', 'communities']).where('id', '=', demo.partnership_id).executeTakeFirstOrThrow();
  const communities = [...new Set([...(JSON.parse(partnership.communities) as string[]), ...COMMUNITIES.map((c) => c.name)])];
  await db.updateTable('partnerships').set({ communities: JSON.stringify(communities) }).where('id', '=', partnership.id).execute();

  const wave = Number(now.slice(0, 4));
  const launch = async (versionId: string, audience: 'newcomers' | 'providers', waveName: string, title: string, slug: string) => {
    const version = await findVersionById(db, versionId);
    if (!version) throw new Error(`The demo questionnaire version ${versionId} is missing`);
    const consultation = await createConsultation(
      db,
      {
        partnershipId: partnership.id,
        questionnaireVersionId: versionId,
        title,
        audience,
        wave: waveName,
        communities: COMMUNITIES.map((c) => c.name),
        locales: surveyLocales(version.survey),
        status: 'closed',
        kiosk: kioskSettings({ idleTimeoutSeconds: 90, countdownSeconds: 20 }),
        slug,
      },
      now,
    );
    return { consultation, validator: compileValidator(version.survey) };
  };
  const current = await launch(demo.questionnaire_version_id, 'newcomers', String(wave), `Newcomer needs ${wave} — DEMO DATA (fictional responses)`, DEMO_DATA_SLUGS.newcomers);
  const previous = await launch(demo.questionnaire_version_id, 'newcomers', String(wave - 1), `Newcomer needs ${wave - 1} — DEMO DATA (fictional responses)`, DEMO_DATA_SLUGS.previousWave);
  const providers = await launch(providerDemo.questionnaire_version_id, 'providers', String(wave), `Service providers ${wave} — DEMO DATA (fictional responses)`, DEMO_DATA_SLUGS.providers);

  const random = new DemoRandom(SEED);
  const rows: Omit<ResponseTable, 'seq' | 'coded_at' | 'coded_with'>[] = [];
  let refused = 0;
  const add = (target: { consultation: Consultation; validator: ReturnType<typeof compileValidator> }, community: string, locale: string, answers: Record<string, unknown>, day: string) => {
    const { toStore } = target.validator.check(answers, locale);
    if (!toStore) {
      refused++;
      return;
    }
    const channel = random.weighted({ phone: 5, web: 3, kiosk: 2 });
    rows.push({
      id: random.uuid(),
      consultation_id: target.consultation.id,
      questionnaire_version_id: target.consultation.questionnaireVersionId,
      community,
      locale,
      channel,
      answers: JSON.stringify(toStore),
      content_hash: sha256Hex(canonicalJson({ consultation: target.consultation.id, community, locale, channel, answers })),
      received_on: day,
    });
  };
  const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date.slice(0, 10)}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

  for (const community of COMMUNITIES) {
    for (let i = 0; i < community.now; i++) {
      const locale = random.weighted(community.locales);
      add(current, community.name, locale, newcomerAnswers(random, community.name, locale), daysBefore(now, random.int(0, 45)));
    }
    // The wave before: housing weighed less then, so the comparison across waves has a change to show.
    const odds = NEED_ODDS[community.name]!;
    const before = { ...odds, housing: (odds.housing ?? 0.2) * 0.5 };
    for (let i = 0; i < community.before; i++) {
      const locale = random.weighted(community.locales);
      add(previous, community.name, locale, newcomerAnswers(random, community.name, locale, before), daysBefore(`${wave - 1}-11-15`, random.int(0, 40)));
    }
    for (let i = 0; i < community.providers; i++) {
      const locale = random.chance(0.75) ? 'en' : 'fr';
      add(providers, community.name, locale, providerAnswers(random, locale), daysBefore(now, random.int(0, 30)));
    }
  }
  // Stored in the order they arrived, as intake would have.
  rows.sort((x, y) => x.received_on.localeCompare(y.received_on));
  // Rows and their counts in one transaction, as intake writes them: the lists read the counts.
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += 100) await trx.insertInto('responses').values(rows.slice(start, start + 100)).execute();
    await addToResponseCounts(trx, rows);
  });
  // Coded here, by the same pipeline the background coder runs (a fraction of a second for these),
  // so the figures are there on first look and live submissions never queue behind demo data.
  for (const target of [current, previous, providers]) await codeAllPending(db, { now, consultationId: target.consultation.id });
  return { stored: rows.length, refused };
}
