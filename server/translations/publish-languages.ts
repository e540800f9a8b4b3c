import { AppError, type FieldError } from '../errors';
import { surveyStrings } from './survey-strings';
import { translationSources, translationSummary, type LocaleSummary } from './translation-state';
import { withSources } from './stamp-sources';

type Json = Record<string, unknown>;

export interface PublishLanguageChoices {
  /** Languages the researcher confirms stay drafts: respondents see the draft-translation notice. */
  draftLanguages?: string[];
  /** Languages taken out of the version before it is published. */
  removeLanguages?: string[];
}

/** The survey without any text, status or recorded source in these locales. */
export function removeLanguages(survey: Json, locales: readonly string[]): Json {
  if (locales.length === 0) return survey;
  const copy = structuredClone(survey);
  for (const entry of surveyStrings(copy)) {
    let node: Json = copy;
    for (const step of entry.path) node = (node as Record<string | number, Json>)[step]!;
    for (const locale of locales) delete node[locale];
  }
  const status = copy.translationStatus;
  if (status && typeof status === 'object') for (const locale of locales) delete (status as Json)[locale];
  const sources = translationSources(copy);
  for (const locale of locales) delete sources[locale];
  return withSources(copy, sources);
}

/**
 * What publishing does to a draft's languages: removes the ones asked, marks the confirmed ones
 * `draft`, and refuses (422) while any other language still has stale or missing strings.
 */
export function prepareLanguagesForPublishing(survey: Json, choices: PublishLanguageChoices = {}): Json {
  const removed = removeLanguages(survey, choices.removeLanguages ?? []);
  const summary = translationSummary(removed);
  const unknown = (choices.draftLanguages ?? []).filter((locale) => !(locale in summary));
  if (unknown.length) {
    throw new AppError(422, 'unknown_locale', `This version has no ${unknown.join(', ')} translation to keep as a draft.`);
  }
  const confirmed = new Set(choices.draftLanguages ?? []);
  const incomplete = Object.entries(summary).filter(
    ([locale, counts]) => !confirmed.has(locale) && (counts.stale > 0 || counts.missing > 0),
  );
  if (incomplete.length) {
    throw new AppError(
      422,
      'translations_incomplete',
      'Some languages have stale or missing strings. Update them, remove the language ("removeLanguages"), or confirm it stays a draft ("draftLanguages").',
      incomplete.map(([locale, counts]) => incompleteField(locale, counts)),
      undefined,
      { locales: Object.fromEntries(incomplete) },
    );
  }
  if (confirmed.size === 0) return removed;
  const status = { ...((removed.translationStatus as Json | undefined) ?? {}) };
  for (const locale of confirmed) status[locale] = 'draft';
  return { ...removed, translationStatus: status };
}

function incompleteField(locale: string, counts: LocaleSummary): FieldError {
  return {
    field: `translations.${locale}`,
    code: 'translation_incomplete',
    message: `${locale}: ${counts.stale} stale and ${counts.missing} missing of ${counts.translated + counts.stale + counts.missing} strings.`,
  };
}
