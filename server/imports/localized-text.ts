/**
 * A SurveyJS localizable string from texts keyed by SurveyJS locale: the default language's
 * text under "default" (Tessera's default strings are English), the others under their code;
 * a plain string when only the default has one.
 */
export function localizedText(texts: ReadonlyMap<string, string>, defaultLocale: string): string | Record<string, string> | undefined {
  const entries = [...texts].filter(([, text]) => text.trim() !== '');
  if (entries.length === 0) return undefined;
  const main = texts.get(defaultLocale);
  const others = entries.filter(([locale]) => locale !== defaultLocale);
  if (others.length === 0) return main;
  const result: Record<string, string> = {};
  if (main !== undefined && main.trim() !== '') result.default = main;
  for (const [locale, text] of others) result[locale] = text;
  return result;
}

/** The text a person reading the default language sees, for reports and names. */
export function defaultText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') {
    const values = text as Record<string, string>;
    return values.default ?? Object.values(values)[0] ?? '';
  }
  return '';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Plain text from the HTML fragments LimeSurvey stores (titles in SurveyJS are plain text). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (ENTITIES[name.toLowerCase()] !== undefined) return ENTITIES[name.toLowerCase()]!;
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return whole;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
