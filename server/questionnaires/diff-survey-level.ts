import { diffTexts, sameJson } from './diff-lists';
import { compareLocaleCodes, isRecord, localized, type SurveyJson } from './diff-survey-model';
import type { SurveyChange } from './diff-types';

/** Properties whose value SurveyJS localizes: where the locales a survey speaks are found. */
const LOCALIZABLE = new Set([
  'title',
  'description',
  'text',
  'html',
  'placeholder',
  'otherText',
  'noneText',
  'refuseText',
  'dontKnowText',
  'labelTrue',
  'labelFalse',
  'minRateDescription',
  'maxRateDescription',
  'commentText',
  'commentPlaceholder',
  'otherPlaceholder',
  'requiredErrorText',
  'completedHtml',
  'completedBeforeHtml',
  'loadingHtml',
  'startSurveyText',
  'pagePrevText',
  'pageNextText',
  'completeText',
]);

export function diffSurveyLevel(before: SurveyJson, after: SurveyJson): SurveyChange[] {
  const changes: SurveyChange[] = [];
  for (const field of ['title', 'description', 'completedHtml'] as const) {
    const texts = diffTexts(localized(before[field]), localized(after[field]));
    if (texts.length > 0) changes.push({ kind: 'reworded', field, texts });
  }

  const localesBefore = surveyLocales(before);
  const localesAfter = surveyLocales(after);
  const added = [...localesAfter].filter((locale) => !localesBefore.has(locale)).sort(compareLocaleCodes);
  const removed = [...localesBefore].filter((locale) => !localesAfter.has(locale)).sort(compareLocaleCodes);
  if (added.length > 0 || removed.length > 0) changes.push({ kind: 'locales', added, removed });

  const statusBefore = stringMap(before.translationStatus);
  const statusAfter = stringMap(after.translationStatus);
  const statusLocales = [...new Set([...Object.keys(statusBefore), ...Object.keys(statusAfter)])].sort(compareLocaleCodes);
  for (const locale of statusLocales) {
    const from = statusBefore[locale] ?? null;
    const to = statusAfter[locale] ?? null;
    if (from !== to) changes.push({ kind: 'translationStatus', locale, from, to });
  }

  for (const property of ['audience', 'locale']) {
    const from = before[property] ?? null;
    const to = after[property] ?? null;
    if (!sameJson(from, to)) changes.push({ kind: 'setting', property, from, to });
  }
  return changes;
}

/** Every locale at least one localized string of the survey is written in. */
export function surveyLocales(survey: SurveyJson): Set<string> {
  const locales = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (LOCALIZABLE.has(key) && (typeof value === 'string' || isRecord(value))) {
        for (const locale of Object.keys(localized(value))) locales.add(locale);
      } else {
        visit(value);
      }
    }
  };
  visit(survey);
  return locales;
}

function stringMap(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const entries = Object.entries(value);
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
