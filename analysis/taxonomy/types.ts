import type { ThemeCode } from './codes';

/** A string in each of the two reviewed languages; other locales fall back to English. */
export type Bilingual = { en: string; fr: string };

export type Subtheme = { code: string; label: Bilingual };

export type Theme = {
  code: ThemeCode;
  label: Bilingual;
  definition: Bilingual;
  subthemes: Subtheme[];
  /** Typical answers that carry the theme, for coders' training and the codebook. */
  examples: { en: string[]; fr: string[] };
};

/** A code, optionally narrowed to one of its subthemes, e.g. `institutional_capacity/municipal_services`. */
export type CodeRef = { code: ThemeCode; subtheme?: string };

export type WelcomingCharacteristic = {
  number: number;
  characteristic: Bilingual;
  primary: CodeRef[];
  secondary: CodeRef[];
};
