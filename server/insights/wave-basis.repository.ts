import type { Kysely } from 'kysely';
import { openAnswerPlan, themesOffered } from '../../analysis/coding';
import { questionLineages, versionKey, type LinkedVersion, type WaveQuestions } from '../../analysis/comparisons';
import type { ThemeSource } from '../../analysis/summaries';
import type { Database } from '../db/schema';
import { askedQuestions, proposeLinks, type QuestionLink, type LinkKind } from '../questionnaires/question-links';
import { rowToVersion, type QuestionnaireVersion } from '../questionnaires/questionnaires.repository';
import type { SliceConsultation } from './aggregates.repository';

/**
 * What each wave asked and which questions each theme was counted from: closed themes from the
 * choices of the wave's frozen versions, open themes from the open questions of those versions
 * when the wave's counts hold open mentions of the theme.
 * Question names are resolved to lineages through the links stored with each version (or the
 * links the semantic diff proposes for versions published before links existed).
 */
export async function waveQuestions(db: Kysely<Database>, consultations: readonly SliceConsultation[], source: ThemeSource): Promise<WaveQuestions[]> {
  if (consultations.length === 0) return [];
  const ids = consultations.map((consultation) => consultation.id);
  const pinned = await db
    .selectFrom('consultations as c')
    .innerJoin('questionnaire_versions as v', 'v.id', 'c.questionnaire_version_id')
    .select(['c.id', 'c.wave', 'v.questionnaire_id', 'v.version'])
    .where('c.id', 'in', ids)
    .execute();
  const versions = await versionsUpTo(db, pinned);
  const lineages = questionLineages(await linkedVersions(db, versions));
  const byKey = new Map(versions.map((version) => [versionKey(version.questionnaireId, version.version), version]));

  // Open themes from the aggregate counts, not from answer_codes: the cost stays independent of
  // the number of responses. The basis then names the version's open questions, not which one.
  const openThemes =
    source === 'closed'
      ? []
      : await db
          .selectFrom('theme_counts')
          .select(['consultation_id', 'theme', (eb) => eb.fn.sum<number>('n_open').as('n')])
          .where('consultation_id', 'in', ids)
          .groupBy(['consultation_id', 'theme'])
          .execute();

  const waves = new Map<string, { asked: Map<string, string>; counted: Map<string, Set<string>> }>();
  const waveOf = new Map(pinned.map((row) => [row.id, row.wave]));
  const entry = (wave: string) => {
    let found = waves.get(wave);
    if (!found) waves.set(wave, (found = { asked: new Map(), counted: new Map() }));
    return found;
  };
  const count = (wave: string, theme: string, question: string) => {
    const counted = entry(wave).counted;
    if (!counted.has(theme)) counted.set(theme, new Set());
    counted.get(theme)!.add(question);
  };
  // Several consultations often pin one version: walk each survey once.
  const askedIn = new Map<string, ReturnType<typeof askedQuestions>>();
  const openIn = new Map<string, string[]>();
  const themesIn = new Map<string, Map<string, string[]>>();
  for (const [key, version] of byKey) {
    askedIn.set(key, askedQuestions(version.survey));
    openIn.set(key, openQuestionNames(version.survey));
    themesIn.set(key, themesOffered(version.survey));
  }
  for (const row of pinned) {
    const key = versionKey(row.questionnaire_id, row.version);
    const lineage = lineages.get(key)!;
    for (const question of askedIn.get(key)!) {
      entry(row.wave).asked.set(question.name, lineage.get(question.name)!);
      if (source === 'open') continue;
      for (const theme of themesIn.get(key)!.get(question.name) ?? []) count(row.wave, theme, question.name);
    }
  }
  const openOf = new Map(pinned.map((row) => [row.id, openIn.get(versionKey(row.questionnaire_id, row.version))!]));
  for (const row of openThemes) {
    if (Number(row.n) === 0) continue;
    for (const question of openOf.get(row.consultation_id)!) count(waveOf.get(row.consultation_id)!, row.theme, question);
  }

  return [...waves]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([wave, { asked, counted }]) => ({
      wave,
      asked: [...asked].map(([question, lineage]) => ({ question, lineage })),
      counted: Object.fromEntries([...counted].map(([theme, questions]) => [theme, [...questions]])),
    }));
}

/** The questions whose text the coder reads; an "Other (specify)" box or a text inside a matrix or dynamic panel counts as its question. */
function openQuestionNames(survey: unknown): string[] {
  return openAnswerPlan(survey).questions.map(({ name }) => name);
}

/** Every version from 1 up to the latest one pinned, per questionnaire: lineages run through all of them. */
async function versionsUpTo(db: Kysely<Database>, pinned: ReadonlyArray<{ questionnaire_id: string; version: number }>): Promise<QuestionnaireVersion[]> {
  const latest = new Map<string, number>();
  for (const row of pinned) latest.set(row.questionnaire_id, Math.max(latest.get(row.questionnaire_id) ?? 0, row.version));
  const rows = await db.selectFrom('questionnaire_versions').selectAll().where('questionnaire_id', 'in', [...latest.keys()]).execute();
  return rows.map(rowToVersion).filter((version) => version.version <= latest.get(version.questionnaireId)!);
}

async function linkedVersions(db: Kysely<Database>, versions: readonly QuestionnaireVersion[]): Promise<LinkedVersion[]> {
  const rows = await db.selectFrom('question_links').selectAll().where('version_id', 'in', versions.map((version) => version.id)).orderBy('version_id').orderBy('position').execute();
  const stored = new Map<string, QuestionLink[]>();
  for (const row of rows) {
    if (!stored.has(row.version_id)) stored.set(row.version_id, []);
    stored.get(row.version_id)!.push({ question: row.question, predecessor: row.predecessor, kind: row.kind as LinkKind });
  }
  const byKey = new Map(versions.map((version) => [versionKey(version.questionnaireId, version.version), version]));
  return versions.map((version) => {
    const previous = byKey.get(versionKey(version.questionnaireId, version.version - 1));
    const links = stored.get(version.id) ?? (previous ? proposeLinks(previous.survey, version.survey) : []);
    return { questionnaireId: version.questionnaireId, version: version.version, questions: askedQuestions(version.survey).map((question) => question.name), links };
  });
}
