import { XMLParser } from 'fast-xml-parser';
import { UnreadableImport } from './import-types';

type Texts = Map<string, Record<string, string>>;

export interface LssGroup {
  gid: string;
  order: number;
  relevance: string;
  /** Per LimeSurvey language: group_name, description. */
  texts: Texts;
}

export interface LssQuestion {
  qid: string;
  parentQid: string;
  gid: string;
  type: string;
  code: string;
  order: number;
  mandatory: string;
  other: string;
  relevance: string;
  scaleId: string;
  /** Per LimeSurvey language: question, help. */
  texts: Texts;
}

export interface LssAnswer {
  qid: string;
  code: string;
  order: number;
  scaleId: string;
  /** Per LimeSurvey language: answer. */
  texts: Texts;
}

export interface LssSurvey {
  baseLanguage: string;
  languages: string[];
  /** Per LimeSurvey language: surveyls_title, surveyls_description, … */
  settings: Texts;
  groups: LssGroup[];
  questions: LssQuestion[];
  subquestions: LssQuestion[];
  answers: LssAnswer[];
  /** qids that carry rows in the old conditions table. */
  conditionQids: Set<string>;
}

type Row = Record<string, string>;

/**
 * Reads a LimeSurvey survey structure (.lss) in either layout: before LimeSurvey 4 each row is
 * repeated per language; from 4 on the texts live in *_l10ns tables joined by id.
 */
export function readLss(xml: string): LssSurvey {
  let document: Record<string, unknown>;
  try {
    const parser = new XMLParser({ parseTagValue: false, trimValues: true, isArray: (name) => name === 'row' || name === 'language' });
    document = (parser.parse(xml) as { document?: Record<string, unknown> }).document ?? {};
  } catch (error) {
    throw new UnreadableImport(`The file is not XML Tessera can read (${(error as Error).message}).`);
  }
  if (document.LimeSurveyDocType !== 'Survey') throw new UnreadableImport('The file is not a LimeSurvey survey structure (.lss): it has no <LimeSurveyDocType>Survey</LimeSurveyDocType>.');
  const rows = (table: string): Row[] => {
    const found = document[table] as { rows?: { row?: Row[] } } | undefined;
    return (found?.rows?.row ?? []).map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? value : String(value ?? '')])));
  };
  const surveyRow = rows('surveys')[0] ?? {};
  const baseLanguage = surveyRow.language ?? (document.languages as { language?: string[] } | undefined)?.language?.[0] ?? 'en';
  const additional = (surveyRow.additional_languages ?? '').split(/\s+/).filter(Boolean);
  const languages = [baseLanguage, ...additional.filter((language) => language !== baseLanguage)];

  const settings: Texts = new Map();
  for (const row of rows('surveys_languagesettings')) settings.set(row.surveyls_language ?? baseLanguage, row);

  const l10n = (table: string, key: string) => {
    const texts = new Map<string, Texts>();
    for (const row of rows(table)) {
      const id = row[key] ?? '';
      const byLanguage = texts.get(id) ?? new Map<string, Record<string, string>>();
      byLanguage.set(row.language ?? baseLanguage, row);
      texts.set(id, byLanguage);
    }
    return texts;
  };
  const groupTexts = l10n('group_l10ns', 'gid');
  const questionTexts = l10n('question_l10ns', 'qid');
  const answerTexts = l10n('answer_l10ns', 'aid');

  const groups = mergeByLanguage(rows('groups'), (row) => row.gid ?? '', (row, texts) => ({
    gid: row.gid ?? '',
    order: Number(row.group_order ?? 0),
    relevance: row.grelevance ?? '',
    texts: groupTexts.get(row.gid ?? '') ?? texts,
  }));
  const question = (row: Row, texts: Texts): LssQuestion => ({
    qid: row.qid ?? '',
    parentQid: row.parent_qid ?? '0',
    gid: row.gid ?? '',
    type: row.type ?? '',
    code: row.title ?? '',
    order: Number(row.question_order ?? 0),
    mandatory: row.mandatory ?? 'N',
    other: row.other ?? 'N',
    relevance: row.relevance ?? '',
    scaleId: row.scale_id ?? '0',
    texts: questionTexts.get(row.qid ?? '') ?? texts,
  });
  const questions = mergeByLanguage(rows('questions'), (row) => row.qid ?? '', question);
  const subquestions = mergeByLanguage(rows('subquestions'), (row) => row.qid ?? '', question);
  // Old layouts key answers by (qid, code, scale); new ones give each an aid.
  const answers = mergeByLanguage(rows('answers'), (row) => row.aid ?? `${row.qid}/${row.code}/${row.scale_id ?? '0'}`, (row, texts) => ({
    qid: row.qid ?? '',
    code: row.code ?? '',
    order: Number(row.sortorder ?? 0),
    scaleId: row.scale_id ?? '0',
    texts: (row.aid && answerTexts.get(row.aid)) || texts,
  }));
  const conditionQids = new Set(rows('conditions').map((row) => row.qid ?? ''));
  const byOrder = <T extends { order: number }>(items: T[]) => items.sort((a, b) => a.order - b.order);
  return { baseLanguage, languages, settings, groups: byOrder(groups), questions: byOrder(questions), subquestions: byOrder(subquestions), answers: byOrder(answers), conditionQids };
}

/** One item per id, with the per-language rows of the old layout gathered as its texts. */
function mergeByLanguage<T>(rows: Row[], id: (row: Row) => string, build: (row: Row, texts: Texts) => T): T[] {
  const first = new Map<string, Row>();
  const texts = new Map<string, Texts>();
  for (const row of rows) {
    const key = id(row);
    if (!first.has(key)) first.set(key, row);
    const byLanguage = texts.get(key) ?? new Map<string, Record<string, string>>();
    if (row.language) byLanguage.set(row.language, row);
    texts.set(key, byLanguage);
  }
  return [...first].map(([key, row]) => build(row, texts.get(key)!));
}
