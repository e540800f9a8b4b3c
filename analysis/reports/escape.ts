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
 * For a Markdown table cell or paragraph: HTML is escaped too, because most Markdown
 * renderers pass raw HTML through; Markdown's own punctuation is backslash-escaped and
 * line breaks become spaces so a quote cannot break out of its cell or start a heading.
 */
export function escapeMarkdown(value: string): string {
  return escapeHtml(value)
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1');
}
