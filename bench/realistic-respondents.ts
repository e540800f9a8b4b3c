// Bodies like real respondents send, for the intake benchmarks: both shipped questionnaires, every
// shipped language, optional questions sometimes skipped, and open answers taken from the devset
// corpus (real-looking answers in each language), not one short English body.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { DemoRandom, newcomerAnswers, providerAnswers } from '../server/seed/demo-answers';

export interface RespondentBody {
  /** Where it is posted: the demo consultation of its questionnaire. */
  path: string;
  locale: string;
  answers: Record<string, unknown>;
  channel: 'kiosk' | 'phone' | 'web';
}

/** Shares of respondents by language: French and English first, as in an Ontario LIP, but every shipped language present. */
const LOCALE_WEIGHTS = { en: 30, fr: 25, ar: 10, es: 8, 'zh-cn': 7, fa: 6, uk: 6, pa: 4, tl: 4 } as const;
export const SHIPPED_LOCALES = Object.keys(LOCALE_WEIGHTS);

const NEWCOMER_OPEN = ['discrimination_details', 'biggest_challenge', 'what_helped', 'more_welcoming'];
const PROVIDER_OPEN = ['gaps_explained', 'recommendations', 'what_works'];
/** One respondent in eight is a service provider, as the demo waves have it. */
const PROVIDER_SHARE = 0.125;

const corpusCache = new Map<string, string[]>();
/** The respondent-style answers of the devset corpus in one language (its 'prose' lines are minutes and reports, not answers). */
export function corpusAnswers(locale: string): string[] {
  let texts = corpusCache.get(locale);
  if (!texts) {
    const file = new URL(`../analysis/devset/corpus/texts/${locale}.jsonl`, import.meta.url);
    texts = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { kind: string; text: string })
      .filter((entry) => entry.kind === 'answer')
      .map((entry) => entry.text);
    corpusCache.set(locale, texts);
  }
  return texts;
}

/** One to three corpus answers: most people write a line, some write a paragraph. */
function openText(random: DemoRandom, locale: string): string {
  const texts = corpusAnswers(locale);
  const parts = random.weighted({ one: 6, two: 3, three: 1 });
  const count = parts === 'one' ? 1 : parts === 'two' ? 2 : 3;
  return Array.from({ length: count }, () => random.pick(texts)).join(' ');
}

/**
 * One respondent. Closed answers come from the demo generator (a careful respondent: shown
 * questions only, optional ones sometimes skipped, conditions respected), so each body is valid
 * by construction; the open answers the respondent chose to give are replaced by corpus texts in
 * their language, and an open question is answered more often than in the demo data.
 */
export function realisticRespondent(random: DemoRandom): RespondentBody {
  const locale = random.weighted(LOCALE_WEIGHTS);
  const provider = random.chance(PROVIDER_SHARE);
  const answers = provider ? providerAnswers(random, locale) : newcomerAnswers(random, 'Ottawa', locale);
  // The demo generator names no first language for Farsi and Ukrainian speakers; they have one.
  if (!provider && !('first_language' in answers) && (locale === 'fa' || locale === 'uk')) answers.first_language = locale === 'fa' ? 'farsi' : 'ukrainian';
  const openKeys = provider ? PROVIDER_OPEN : NEWCOMER_OPEN;
  for (const key of openKeys) {
    // discrimination_details is shown only after a 'yes'; writing it otherwise would be dropped, not answered.
    const shown = key !== 'discrimination_details' || answers.discrimination_experienced === 'yes';
    if (shown && (key in answers || random.chance(0.5))) answers[key] = openText(random, locale);
  }
  const channel = random.weighted({ phone: 5, web: 3, kiosk: 2 });
  return { path: provider ? '/api/c/demo-providers/responses' : '/api/c/demo/responses', locale, answers, channel };
}

/** A fixed pool of respondents (same seed, same pool), so runs compare like with like. */
export function respondentPool(size: number, seed = 20_261_202): RespondentBody[] {
  const random = new DemoRandom(seed);
  return Array.from({ length: size }, () => realisticRespondent(random));
}

/**
 * The request body with a fresh id: the rest is serialised once per pool entry, so the load
 * generator's own JSON work does not compete with the server it measures.
 */
export function bodyWriter(respondent: RespondentBody): () => string {
  const rest = JSON.stringify({ locale: respondent.locale, answers: respondent.answers, channel: respondent.channel }).slice(1);
  return () => `{"id":"${randomUUID()}",${rest}`;
}
