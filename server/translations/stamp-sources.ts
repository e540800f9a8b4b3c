import { surveyStrings } from './survey-strings';
import { sourceHash, translationSources, type TranslationSources } from './translation-state';

type Json = Record<string, unknown>;

/**
 * Records, in a survey about to be stored, which English text each translation was made from.
 * Compared with the `baseline` (the previous version, or the draft as it was):
 * - a translation that is new or was rewritten is taken to translate the English beside it;
 * - a translation left as it was keeps its recorded source: the one the incoming JSON carries,
 *   else the baseline's, else the baseline's English. So when the English changes and the
 *   translation does not, the translation becomes stale.
 * With no baseline (a new questionnaire) only the records the JSON carries are kept. Entries equal
 * to the current English are dropped (no entry means "current").
 */
export function stampTranslationSources(incoming: Json, baseline?: Json): Json {
  const strings = surveyStrings(incoming);
  const before = new Map((baseline ? surveyStrings(baseline) : []).map((entry) => [entry.id, entry]));
  const incomingSources = translationSources(incoming);
  const baselineSources = baseline ? translationSources(baseline) : {};
  const stamped: TranslationSources = {};
  for (const entry of strings) {
    const previous = before.get(entry.id);
    for (const [locale, text] of Object.entries(entry.texts)) {
      if (text.trim() === '') continue;
      const explicit = incomingSources[locale]?.[entry.id];
      let recorded: string | undefined;
      if (!baseline) recorded = explicit;
      else if (previous?.texts[locale] === text) recorded = explicit ?? baselineSources[locale]?.[entry.id] ?? sourceHash(previous.source);
      if (recorded !== undefined && recorded !== sourceHash(entry.source)) (stamped[locale] ??= {})[entry.id] = recorded;
    }
  }
  return withSources(incoming, stamped);
}

/** The survey with its `translationSources` replaced; the property is left out when nothing is stale. */
export function withSources(survey: Json, sources: TranslationSources): Json {
  const { translationSources: _old, ...rest } = survey;
  const kept = Object.fromEntries(Object.entries(sources).filter(([, entries]) => Object.keys(entries).length > 0));
  return Object.keys(kept).length > 0 ? { ...rest, translationSources: kept } : rest;
}
