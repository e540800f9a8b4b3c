import { auth } from './auth';
import { choiceThemes } from './choice-themes';
import { common } from './common';
import { consultations } from './consultations';
import { links } from './links';
import { partnerships } from './partnerships';
import { people } from './people';
import { questionnaires } from './questionnaires';
import type { Locale } from '../shell/types';
import { useLocale } from '../shell/locale';

/**
 * The core workspace's words, one dictionary per area; each area's French is typed by its
 * English, so a missing French key fails the type check.
 */
const dictionaries = { common, auth, consultations, questionnaires, partnerships, people, links, choiceThemes };

type Dictionaries = typeof dictionaries;
export type Strings = { [Area in keyof Dictionaries]: Dictionaries[Area]['en'] };

function stringsFor(locale: Locale): Strings {
  const out = {} as Record<string, unknown>;
  for (const [area, dictionary] of Object.entries(dictionaries)) out[area] = dictionary[locale];
  return out as Strings;
}

const byLocale: Record<Locale, Strings> = { en: stringsFor('en'), fr: stringsFor('fr') };

export function useStrings(): Strings {
  return byLocale[useLocale().locale];
}
