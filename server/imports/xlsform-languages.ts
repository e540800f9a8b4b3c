import type { NotConverted } from './import-types';
import { localizedText } from './localized-text';
import { surveyLocale } from './locale-codes';
import type { SheetRow } from './xlsform-sheets';

/** Which XLSForm language column feeds which SurveyJS locale, and which locale is the default. */
export interface FormLanguages {
  defaultLocale: string;
  /** `label::English (en)` language part → SurveyJS locale. */
  byColumnLanguage: Map<string, string>;
  locales: string[];
}

const TRANSLATABLE = new Set(['label', 'hint', 'required_message', 'constraint_message', 'guidance_hint', 'image', 'audio', 'video', 'media::image', 'media::audio', 'media::video']);

export function formLanguages(headers: readonly string[], defaultLanguage: string | undefined, report: NotConverted[]): FormLanguages {
  const byColumnLanguage = new Map<string, string>();
  for (const header of headers) {
    const separator = header.lastIndexOf('::');
    if (separator < 0 || !TRANSLATABLE.has(header.slice(0, separator))) continue;
    const language = header.slice(separator + 2);
    if (byColumnLanguage.has(language)) continue;
    const locale = surveyLocale(language);
    if (locale) byColumnLanguage.set(language, locale);
    else if (!report.some((entry) => entry.column?.endsWith(`::${language}`))) {
      report.push({ sheet: 'survey', row: 1, column: header, reason: `The language "${language}" is not recognized; write it as "Name (code)", e.g. "Français (fr)". Its texts were left out.` });
    }
  }
  const locales = [...new Set(byColumnLanguage.values())];
  const declared = defaultLanguage ? surveyLocale(defaultLanguage) : undefined;
  const defaultLocale = declared ?? (locales.includes('en') ? 'en' : locales[0] ?? 'en');
  return { defaultLocale, byColumnLanguage, locales: locales.includes(defaultLocale) ? locales : [defaultLocale, ...locales] };
}

/** A cell's texts in every language, as a SurveyJS localizable string. */
export function rowText(row: SheetRow, column: string, languages: FormLanguages): string | Record<string, string> | undefined {
  const texts = new Map<string, string>();
  for (const [language, locale] of languages.byColumnLanguage) {
    const text = row.cells.get(`${column}::${language}`);
    if (text !== undefined && !texts.has(locale)) texts.set(locale, text);
  }
  const plain = row.cells.get(column);
  if (plain !== undefined && !texts.has(languages.defaultLocale)) texts.set(languages.defaultLocale, plain);
  return localizedText(texts, languages.defaultLocale);
}
