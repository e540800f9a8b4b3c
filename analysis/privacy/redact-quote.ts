type Kind = 'email' | 'url' | 'phone' | 'postalCode' | 'address' | 'idNumber';

const PLACEHOLDERS: Record<'en' | 'fr', Record<Kind, string>> = {
  en: {
    email: '[e-mail removed]',
    url: '[link removed]',
    phone: '[phone number removed]',
    postalCode: '[postal code removed]',
    address: '[address removed]',
    idNumber: '[ID number removed]',
  },
  fr: {
    email: '[courriel retiré]',
    url: '[lien retiré]',
    phone: '[numéro de téléphone retiré]',
    postalCode: '[code postal retiré]',
    address: '[adresse retirée]',
    idNumber: '[numéro d’identification retiré]',
  },
};

// \p{Nd} rather than \d: respondents also type Arabic-Indic (٠-٩) and full-width (０-９) digits.
const D = '\\p{Nd}';
// One separator between digit groups: space (also the no-break spaces French uses), dot, dashes.
const SEP = '[ .\\u00A0\\u2009\\u202F\\-\\u2010\\u2011\\u2013]';

/** "Street" or "street": people type street types both ways, the name around them is what varies. */
const eitherCase = (words: readonly string[]) =>
  words.map((word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`).join('|');

const EN_STREET = eitherCase([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'crescent', 'cres',
  'court', 'ct', 'place', 'pl', 'way', 'terrace', 'circle', 'parkway', 'pkwy', 'highway', 'hwy', 'trail', 'square', 'sq',
]);
// Types that rarely follow a bare number in ordinary prose, so a lowercase street name is accepted after them.
const EN_STRONG = eitherCase(['street', 'avenue', 'road', 'boulevard', 'drive', 'crescent']);
const FR_STRONG = eitherCase(['rue', 'avenue', 'av', 'boulevard', 'boul', 'bd', 'chemin', 'ch']);
// "1 place libre", "2 route possible": these need a capitalised name to count as an address.
const FR_WEAK = eitherCase(['place', 'route', 'rang', 'montée', 'côte', 'allée', 'impasse', 'promenade', 'croissant', 'terrasse', 'ruelle']);
const DIRECTION = '(?:North|South|East|West|Nord|Sud|Est|Ouest|N|S|E|W|O)(?!\\p{L})';
const CIVIC = `(?<![\\p{L}\\p{Nd}])(?:${D}{1,5}-)?${D}{1,6}[A-Za-z]?,?\\s+`;
// "In 2019 The Road was hard": an article is where a sentence goes on, not where a street name starts.
const NAME = `(?:(?!(?:The|A|An)\\s)\\p{Lu}[\\p{L}'’.\\-]*|${D}{1,3}(?:st|nd|rd|th|e|re))`;
const PARTICLES = `(?:(?:de|du|des|la|le|les)\\s+){0,2}(?:[dl]['’])?`;
// "…, apt 4", "#12", "app. 3B" after a street address belong to it.
const UNIT_TAIL = `(?:,?\\s*(?:#|[Aa]pp?t\\.?|[Aa]pp\\.|[Aa]partment|[Aa]p?partement|[Uu]nit|[Ss]uite|[Bb]ureau)\\s*${D}{1,5}[A-Za-z]?(?![\\p{L}\\p{Nd}]))?`;
const NOT_BEDROOMS = '(?!\\s*(?:bed|bdr|br\\b|chambre|pi[eè]ce|room))';

const CURRENCY_BEFORE = /(?:[$€£]|\b(?:CAD|USD))\s?$/;
const CURRENCY_AFTER = /^\s?(?:[$€£]|(?:dollars?|CAD|USD|k)\b)/i;

/** Numbers that are quantities, not identifiers: amounts, year ranges, round ranges, round thousands. */
function isQuantity(match: string, before: string, after: string): boolean {
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return true;
  const groups = match.split(new RegExp(SEP, 'u'));
  if (groups.every((group) => /^(?:19|20)\d\d$/.test(group))) return true; // "2019-2020", "2018 2019 2020"
  // A rising range of round numbers, "950-1200 a month": a phone or file number is rarely both.
  if (groups.length === 2 && groups.every((group) => /^\d+0$/.test(group)) && Number(groups[0]) < Number(groups[1])) return true;
  // Round French thousands without a currency sign, "1 700 000 habitants"; "1 734 521" is
  // written like a SIN ("123 456 789") and goes.
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((group) => /^\d{3}$/.test(group)) && groups.at(-1) === '000';
}

// The characters a link is made of (RFC 3986, accented letters too): a link typed inside Chinese
// or Arabic text, with no space after it, ends where that script starts.
const URL_CHAR = "[\\p{Script=Latin}\\p{Nd}\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
const LETTER_PREFIX = new RegExp(`^\\p{Lu}{4}${SEP}?`, 'u');

type Detector = {
  kind: Kind;
  pattern: RegExp;
  /** True for a match that looks like one but must stay, e.g. "1500-2000 a month". */
  keep?: (match: string, before: string, after: string) => boolean;
};

// Order matters: e-mail before links (an address contains a domain), links and phones before
// long digit runs (both contain them), street addresses before digit runs too.
const DETECTORS: readonly Detector[] = [
  // Latin script only: an address glued to Chinese or Arabic words ("邮箱wang@qq.com") must not take them along.
  { kind: 'email', pattern: /[\p{Script=Latin}\p{Nd}._%+'-]+@[\p{Script=Latin}\p{Nd}-]+(?:\.[\p{Script=Latin}\p{Nd}-]+)+/gu },
  {
    kind: 'url',
    pattern: new RegExp(
      `(?:https?://|www\\.)${URL_CHAR}+` +
        // A bare domain, "canada.ca" or "facebook.com/groups/…", on the domains respondents use.
        `|(?<![\\p{Script=Latin}\\p{Nd}@.\\-])(?:[\\p{Script=Latin}\\p{Nd}\\-]+\\.)+(?:com|ca|org|net|info|gov|io|fr)` +
        `(?![\\p{Script=Latin}\\p{Nd}\\-])(?:/${URL_CHAR}*)?`,
      'gu',
    ),
  },
  {
    kind: 'phone',
    pattern: new RegExp(
      `(?<![\\p{Nd}+])(?:\\+\\s?1${SEP}?|1${SEP}?)?(?:\\(${D}{3}\\)\\s?|${D}{3}${SEP}?)${D}{3}${SEP}?${D}{4}(?:\\s*(?:ext\\.?|x|poste|p\\.)\\s*${D}{1,5})?(?!\\p{Nd})`,
      'gu',
    ),
  },
  // A local number without its area code, "555-1234"; ranges like "500-1000" stay.
  { kind: 'phone', pattern: new RegExp(`(?<![\\p{Nd}.,])${D}{3}[\\-.]${D}{4}(?![\\p{Nd}]|[.,]\\p{Nd})`, 'gu'), keep: isQuantity },
  {
    kind: 'postalCode',
    pattern: new RegExp(`(?<![\\p{L}\\p{Nd}])[ABCEGHJ-NPRSTVXY]${D}[ABCEGHJ-NPRSTV-Z]${SEP}?${D}[ABCEGHJ-NPRSTV-Z]${D}(?![\\p{L}\\p{Nd}])`, 'giu'),
  },
  {
    kind: 'address',
    pattern: new RegExp(
      `${CIVIC}(?:${NAME}\\s+){1,3}(?:${EN_STREET})\\.?(?:\\s+${DIRECTION})?(?![\\p{L}\\-])${UNIT_TAIL}` +
        `|${CIVIC}\\p{Ll}+\\s+(?:${EN_STRONG})(?![\\p{L}\\-])${UNIT_TAIL}` +
        `|${CIVIC}(?:${FR_STRONG})\\.?\\s+${PARTICLES}(?:${NAME}|\\p{Ll}[\\p{L}'’\\-]*)(?:[\\s\\-]+${PARTICLES}${NAME}){0,3}(?:\\s+${DIRECTION})?${UNIT_TAIL}` +
        `|${CIVIC}(?:${FR_WEAK})\\s+${PARTICLES}${NAME}(?:[\\s\\-]+${PARTICLES}${NAME}){0,3}(?:\\s+${DIRECTION})?${UNIT_TAIL}`,
      'gu',
    ),
  },
  {
    kind: 'address',
    pattern: new RegExp(
      `(?<!\\p{L})(?:apt|appt|apartment|appartement|app\\.|logement)\\.?\\s*(?:no\\.?|#|n[°º])?\\s*${D}{1,5}[A-Za-z]?(?![\\p{L}\\p{Nd}])${NOT_BEDROOMS}`,
      'giu',
    ),
  },
  // Health card, SIN, UCI and client numbers: seven digits or more, in groups ("1234-5678",
  // "123 456 789", "LAPM 1234 5678", "1234-567-890-AB"). Later groups need three digits so a
  // list of ages ("12 14 16 18") is not read as one number.
  {
    kind: 'idNumber',
    pattern: new RegExp(`(?:(?<!\\p{L})\\p{Lu}{4}${SEP}?)?(?<!\\p{Nd})${D}+(?:${SEP}${D}{3,})*(?:-\\p{Lu}{2}(?!\\p{L}))?(?!\\p{Nd})`, 'gu'),
    keep: (match, before, after) => (match.match(/\p{Nd}/gu)?.length ?? 0) < 7 || isQuantity(match.replace(LETTER_PREFIX, ''), before, after),
  },
];

/** Trailing punctuation after a link ends the sentence, not the link. */
const TRAILING = /[.,;:!?…»”’)\]]+$/u;

/**
 * Replaces contact details and identifiers in a respondent's words with a placeholder in `locale`
 * (French for fr*, English otherwise): e-mail addresses, links, North American phone numbers,
 * Canadian postal codes, street addresses and apartment numbers, and long digit runs such as
 * health card, SIN or UCI numbers. Years, ages, counts, amounts, times and percentages stay.
 * Person names are not detected.
 */
export function redactQuote(text: string, locale = 'en'): { text: string; redactions: number } {
  const placeholders = PLACEHOLDERS[locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'];
  let redactions = 0;
  let result = text;
  for (const detector of DETECTORS) {
    result = result.replace(detector.pattern, (match: string, ...rest: unknown[]) => {
      const offset = rest.at(-2) as number;
      const whole = rest.at(-1) as string;
      const trailing = detector.kind === 'url' ? (TRAILING.exec(match)?.[0] ?? '') : '';
      const span = match.slice(0, match.length - trailing.length);
      if (detector.keep?.(span, whole.slice(0, offset), whole.slice(offset + span.length))) return match;
      redactions++;
      return placeholders[detector.kind] + trailing;
    });
  }
  return { text: result, redactions };
}

const ANY_PLACEHOLDER = new RegExp(
  [...Object.values(PLACEHOLDERS.en), ...Object.values(PLACEHOLDERS.fr)].map((p) => p.replace(/[[\]]/g, '\\$&')).join('|'),
  'g',
);

/** What is left of the respondent's own words once placeholders are taken out. */
export function withoutPlaceholders(text: string): string {
  return text.replace(ANY_PLACEHOLDER, ' ').replace(/\s+/g, ' ').trim();
}
