import type { LanguageStatus, StringDetail, StringState } from './translation-state';

/** One language's strings of one version, as exported to translators. */
export interface TranslationExport {
  locale: string;
  /** e.g. `newcomer-needs.v3`: names the version the file was made from. */
  name: string;
  status: LanguageStatus;
  strings: StringDetail[];
}

/** A string as read back from a file. `confirmed`: the translator marks the text as current. */
export interface ImportedUnit {
  id: string;
  source: string;
  target: string | null;
  confirmed: boolean;
}

export interface ImportedFile {
  locale: string | null;
  units: ImportedUnit[];
}

export const STALE_NOTE = 'The English text changed after this was translated: check the translation against the new English, then mark it translated.';

export function stateNote(state: StringState): string | null {
  return state === 'stale' ? STALE_NOTE : null;
}

/** Placeholders survey-core and the app fill in: `{name}`, `{0}`. */
export function placeholdersOf(text: string): string[] {
  return (text.match(/\{[^{}\s]+\}/g) ?? []).sort();
}

/** The sequence of HTML tags (names only, opening and closing), which a translation must keep. */
export function markupOf(text: string): string[] {
  return (text.match(/<\/?[a-zA-Z][a-zA-Z0-9]*/g) ?? []).map((tag) => tag.toLowerCase());
}
