import { describe, expect, it } from 'vitest';
import { escapeMarkdown, prepareReport, renderReport } from '../../../analysis/reports';
import { fakeReportInput } from './fake-report-input';

const data = prepareReport(fakeReportInput);

describe('prepareReport', () => {
  it('publishes no theme count under the threshold', () => {
    for (const theme of data.summary.themes) {
      if (theme.n !== null) expect(theme.n).toBeGreaterThanOrEqual(10);
    }
    for (const theme of data.communities!.themes) {
      for (const group of theme.groups) if (group.n !== null) expect(group.n).toBeGreaterThanOrEqual(10);
    }
  });

  it('pools a community under the threshold instead of printing it', () => {
    expect(data.communities!.groups.map((group) => group.group)).not.toContain('Caledon');
  });

  it('keeps quotes only from published themes and communities', () => {
    const texts = data.quotes.map((quote) => quote.text);
    expect(texts.some((text) => text.includes('everyone knows'))).toBe(false); // Caledon: pooled away
    expect(texts.some((text) => text.includes('media'))).toBe(false); // theme hidden in Brampton
    expect(texts.some((text) => text.startsWith('Rent takes'))).toBe(true);
  });
});

describe('renderReport as HTML', () => {
  const english = renderReport(data, { lang: 'en', format: 'html' });
  const french = renderReport(data, { lang: 'fr', format: 'html' });

  it('is a self-contained document in the requested language', () => {
    expect(english.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(english).toContain('<html lang="en-CA">');
    expect(french).toContain('<html lang="fr-CA">');
    expect(english).not.toMatch(/<link|<script|src=|@import|url\(/);
    expect(english).toContain('@page');
  });

  it('escapes user content in quotes', () => {
    expect(english).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(english).toContain('&quot;Canadian experience&quot; &lt;first&gt;');
    expect(english).toContain('70% of what we earn &amp; we share');
  });

  it('shows the method, the bubble chart, the flags and the crosswalk', () => {
    expect(english).toContain('1,047 respondents');
    expect(english).toContain('version 2026.1');
    expect(english).toContain('fewer than 10 people');
    expect(english).toMatch(/<svg [^>]*role="img"/);
    expect(english).toContain('Housing was mentioned significantly more often in Brampton than overall (52% vs 44%).');
    expect(english).toContain('Favourable media coverage and representation');
    expect(french).toContain("Le logement a été mentionné significativement plus souvent à Brampton que dans l&#39;ensemble (52\u00a0% contre 44\u00a0%).");
    expect(french).toContain('Reconnaissance des diplômes et des acquis étrangers');
  });
});

describe('renderReport as Markdown', () => {
  const markdown = renderReport(data, { lang: 'en', format: 'markdown' });

  it('has the tables but no SVG', () => {
    expect(markdown).not.toContain('<svg');
    expect(markdown).toMatch(/^\| Rank \| Theme \| Respondents \| Share \| 95% interval \|$/m);
    expect(markdown).toContain('| 1 | Housing | 464 | 44% |');
  });

  it('escapes quotes so they cannot inject HTML or break a table', () => {
    expect(markdown).not.toContain('<script>');
    expect(escapeMarkdown('a | b\n# c <i> &amp; d & e')).toBe('a \\| b \\# c \\<i\\> \\&amp; d & e');
  });
});
