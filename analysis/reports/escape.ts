const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For text and attribute values alike: quotes and community names are user content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/**
 * For a Markdown table cell, heading or paragraph. Markdown is escaped with backslashes only
 * (CommonMark lets any ASCII punctuation be backslash-escaped), never HTML-escaped: an `&amp;`
 * would show as such in every Markdown viewer. `<` and `>` are escaped so no renderer reads
 * raw HTML, and `&` only where it would start an entity (`&amp;`, `&#39;`), so "Education &
 * children's" stays readable in the raw text. Line breaks become spaces so a quote cannot
 * break out of its cell or start a heading.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_{}[\]()#+\-.!|~<>]|&(?=#?[a-z0-9]+;))/gi, '\\$1');
}
