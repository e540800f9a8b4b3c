import { decodeHTML } from 'entities';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { prepareReport, renderReport, type ReportInput } from '../../../analysis/reports';
import { fakeReportInput } from './fake-report-input';

// Community names and quotes are user content: every character Markdown or HTML treats
// specially, and text that looks like an entity already, must reach the reader as typed.
const TRICKY_COMMUNITY = 'Oakville & "North" <Halton> | *one* #2 [a](b) &amp; &#39;';
const TRICKY_QUOTE = 'Rent & food > wages; 1. _under_ `code` \\ back &lt;slash&gt; children\'s';

const input: ReportInput = {
  ...fakeReportInput,
  communities: fakeReportInput.communities!.map((c) => (c.group === 'Oakville' ? { ...c, group: TRICKY_COMMUNITY } : c)),
  quotes: [
    ...fakeReportInput.quotes!,
    { text: TRICKY_QUOTE, theme: 'housing', community: 'Brampton', language: 'en' },
  ],
};

type Block = { tag: string; text: string; flagged: boolean };

/** The visible text of each element named, in document order: tags stripped, entities decoded, spaces collapsed. */
function blocks(html: string, tags: string[]): Block[] {
  const pattern = new RegExp(`<(${tags.join('|')})(\\s[^>]*)?>([\\s\\S]*?)</\\1>`, 'g');
  return [...html.matchAll(pattern)].map((match) => ({
    tag: match[1]!,
    flagged: /class="[^"]*flag/.test(match[2] ?? ''),
    text: decodeHTML(match[3]!.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim(),
  }));
}

const markdownIt = new MarkdownIt();

describe.each(['en', 'fr'] as const)('the Markdown report in %s, rendered by a CommonMark renderer', (lang) => {
  const data = prepareReport(input);
  const html = renderReport(data, { lang, format: 'html' });
  const markdown = renderReport(data, { lang, format: 'markdown' });
  const rendered = markdownIt.render(markdown);

  it('shows the same headings as the HTML report, with no entity or backslash left visible', () => {
    const fromHtml = blocks(html, ['h1', 'h2']).map((block) => block.text);
    const fromMarkdown = blocks(rendered, ['h1', 'h2']).map((block) => block.text);
    expect(fromMarkdown).toEqual(fromHtml);
    expect(fromMarkdown.join(' ')).not.toMatch(/&amp;|&#39;|\\/);
  });

  it('shows the same table cells as the HTML report, a flagged cell marked with "!"', () => {
    const fromHtml = blocks(html, ['th', 'td']).map((block) => (block.flagged ? `${block.text} !` : block.text));
    const fromMarkdown = blocks(rendered, ['th', 'td']).map((block) => block.text);
    expect(fromMarkdown).toEqual(fromHtml);
    expect(fromMarkdown).toContain(TRICKY_COMMUNITY);
  });

  it('reads as plain text too: no HTML entity in the Markdown source but those respondents typed', () => {
    expect(markdown).not.toMatch(/(?<!\\)&(amp|#39|\\#39|lt);/);
    if (lang === 'en') expect(markdown).toContain("| Education & children's school success |");
  });

  it('shows the same quotes as the HTML report, as typed by respondents', () => {
    const fromHtml = blocks(html, ['blockquote']).map((block) => block.text);
    // The Markdown puts "— cite" on the quote's second line; the HTML its cite in a footer.
    const fromMarkdown = blocks(rendered, ['blockquote']).map((block) => block.text.replace(' — ', ' '));
    expect(fromMarkdown).toEqual(fromHtml);
    expect(fromMarkdown.some((text) => text.startsWith(TRICKY_QUOTE))).toBe(true);
  });

  it('shows the same paragraphs and flag bullets as the HTML report, section by section', () => {
    const sections = (document: string) => document.split('<h2').slice(1);
    const withoutQuotes = (section: string) => section.replace(/<blockquote[\s\S]*?<\/blockquote>/g, '');
    const captions = new Set(blocks(html, ['caption']).map((block) => block.text));
    const htmlSections = sections(html);
    const markdownSections = sections(rendered);
    expect(markdownSections).toHaveLength(htmlSections.length);
    htmlSections.forEach((section, i) => {
      const hasChart = section.includes('<figure');
      const fromHtml = blocks(withoutQuotes(section).replace(/<figure[\s\S]*?<\/figure>/, ''), ['p', 'li']).map((block) => block.text);
      // The Markdown draws the chart as the section's first list and a table caption as a bold paragraph.
      const markdownSection = withoutQuotes(markdownSections[i]!);
      const fromMarkdown = blocks(hasChart ? markdownSection.replace(/<ul>[\s\S]*?<\/ul>/, '') : markdownSection, ['p', 'li'])
        .map((block) => block.text)
        .filter((text) => !captions.has(text));
      expect(fromMarkdown).toEqual(fromHtml);
    });
  });
});
