import { AppError, type FieldError } from '../errors';
import { withSources } from './stamp-sources';
import { surveyStrings } from './survey-strings';
import { markupOf, placeholdersOf, type ImportedFile } from './translation-file';
import { stringState, translationSources } from './translation-state';

type Json = Record<string, unknown>;

export interface ImportOutcome {
  survey: Json;
  /** Translations written or rewritten. */
  changed: number;
  /** Stale translations the translator kept as they were and marked current. */
  confirmed: number;
}

/** Everything wrong with a file, per string; an empty list means it can be applied. */
export function importProblems(survey: Json, locale: string, file: ImportedFile): FieldError[] {
  if (file.locale !== null && file.locale.toLowerCase() !== locale) {
    return [{ field: '(file)', code: 'wrong_locale', message: `This file holds ${file.locale} translations, not ${locale}.` }];
  }
  const strings = new Map(surveyStrings(survey).map((entry) => [entry.id, entry]));
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  for (const unit of file.units) {
    const problem = (code: string, message: string) => problems.push({ field: unit.id || '(empty id)', code, message });
    const entry = strings.get(unit.id);
    if (seen.has(unit.id)) {
      problem('duplicate_string', `"${unit.id}" appears more than once in the file.`);
      continue;
    }
    seen.add(unit.id);
    if (!entry) {
      problem('unknown_string', `This version has no string "${unit.id}"; export the file again from this version.`);
      continue;
    }
    if (unit.source !== entry.source) {
      problem('source_changed', `The English of "${unit.id}" in the file is not this version's: it now reads "${entry.source}". Export again and translate the new text.`);
      continue;
    }
    if (unit.target === null) continue;
    if (placeholdersOf(unit.target).join() !== placeholdersOf(entry.source).join()) {
      problem('broken_placeholder', `Keep the placeholders ${placeholdersOf(entry.source).join(' ') || '(none)'} of the English, unchanged and untranslated.`);
    }
    if (markupOf(unit.target).join() !== markupOf(entry.source).join()) {
      problem('broken_markup', `Keep the HTML tags of the English (${markupOf(entry.source).map((tag) => `${tag}>`).join(' ') || 'none'}) in the same order.`);
    }
  }
  return problems;
}

/**
 * Applies a translator's file to a survey: all of it or, when any string has a problem, none
 * of it (422 listing each). A file exported and imported without edits returns the survey as
 * it was, the same object.
 */
export function applyTranslationImport(survey: Json, locale: string, file: ImportedFile): ImportOutcome {
  const problems = importProblems(survey, locale, file);
  if (problems.length) {
    throw new AppError(422, 'translation_import_rejected', `Nothing was imported: ${problems.length} string(s) in the file need fixing; see fields.`, problems);
  }
  const copy = structuredClone(survey);
  const sources = translationSources(copy);
  const entries = new Map(surveyStrings(copy).map((entry) => [entry.id, entry]));
  let changed = 0;
  let confirmed = 0;
  for (const unit of file.units) {
    const entry = entries.get(unit.id)!;
    if (unit.target === null) continue;
    const stale = stringState(entry, locale, sources) === 'stale';
    if (unit.target !== entry.texts[locale]) {
      let node: Json = copy;
      for (const step of entry.path) node = (node as Record<string | number, Json>)[step]!;
      node[locale] = unit.target;
      changed += 1;
    } else if (stale && unit.confirmed) {
      confirmed += 1;
    } else continue;
    if (sources[locale]) delete sources[locale][unit.id];
  }
  if (changed + confirmed === 0) return { survey, changed, confirmed };
  const withStatus = declaresLocale(copy, locale) ? copy : { ...copy, translationStatus: { ...(copy.translationStatus as Json | undefined), [locale]: 'draft' } };
  return { survey: withSources(withStatus, sources), changed, confirmed };
}

function declaresLocale(survey: Json, locale: string): boolean {
  const status = survey.translationStatus;
  return typeof status === 'object' && status !== null && locale in status;
}
