import { createHash } from 'node:crypto';

/** CSP hash sources ('sha256-…') for the inline code of an HTML document. */
export type InlineSources = {
  scripts: string[];
  /** Event handler attributes (onload="…"): allowed only with 'unsafe-hashes'. */
  handlers: string[];
};

const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const HANDLER_ATTRIBUTE = /\son[a-z]+="([^"]*)"/gi;
/** Script types a browser runs; a data block (application/json) is not a script to CSP. */
const EXECUTED = /^(|text\/javascript|application\/javascript|module)$/i;

/**
 * Hashes every inline script and event handler of a page the server sends, so its
 * Content-Security-Policy can allow exactly those and nothing injected. Pages are drawn from
 * the client build and the server's own components, never from respondents' text, so what is
 * inline here is what the server meant to send. Matching by pattern is enough for the markup
 * Vite and React write (double-quoted attributes).
 */
export function inlineSources(html: string): InlineSources {
  const scripts = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc=/i.test(attributes)) continue;
    const type = /\stype="([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (EXECUTED.test(type.trim())) scripts.add(hashSource(body));
  }
  const handlers = new Set([...html.matchAll(HANDLER_ATTRIBUTE)].map(([, value = '']) => hashSource(decodeAttribute(value))));
  return { scripts: [...scripts], handlers: [...handlers] };
}

export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** The attribute's value as the browser hashes it: character references decoded. */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED[name.toLowerCase()] ?? reference;
  });
}
