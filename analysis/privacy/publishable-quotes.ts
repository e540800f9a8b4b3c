export type Quote = {
  text: string;
  theme: string;
  /** Null for a partnership without communities. */
  community: string | null;
  language: string;
};

/**
 * Keeps only quotes whose theme is published overall and, when the quote names a
 * community, whose community × theme cell is published: a quote from a hidden cell would
 * point at one of fewer than `minimum` people.
 */
export function publishableQuotes(
  quotes: readonly Quote[],
  publishedThemes: ReadonlySet<string>,
  isCellPublished: (community: string, theme: string) => boolean,
): Quote[] {
  return quotes.filter(
    (quote) =>
      publishedThemes.has(quote.theme) && (quote.community === null || isCellPublished(quote.community, quote.theme)),
  );
}
