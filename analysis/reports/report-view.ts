import { pairwiseText, versusOverallText, type GroupKind } from '../comparisons';
import type { SuppressedComparison } from '../privacy';
import { THEMES, WELCOMING_CROSSWALK, isThemeCode, themeLabel, type CodeRef } from '../taxonomy';
import type { ChartItem } from './bubble-chart';
import { POOLED_GROUP, type ReportData } from './report-data';
import { formatNumber, formatShare, stringsFor, type ReportLang } from './strings';

/** A table as plain strings; renderers escape every cell. `emphasis` marks cells to highlight. */
export type TableView = { headers: string[]; rows: string[][]; numeric: boolean[]; emphasis?: boolean[][] };

export type SectionView = {
  id: string;
  heading: string;
  paragraphs: string[];
  tables: { caption?: string; table: TableView }[];
  bullets: string[];
  quotes?: { text: string; language: string; cite: string }[];
  chart?: ChartItem[];
  /** Starts on a new printed page. */
  pageBreak?: boolean;
};

export type ReportView = { lang: ReportLang; title: string; subtitle: string[]; sections: SectionView[] };

const COMPARISON_COLUMNS = 6;
/** Up to this many groups, groups are columns and themes rows; beyond, the other way round. */
const WIDE_GROUPS = 7;
const QUOTES_PER_THEME = 3;

/** The report as headings, paragraphs and tables in one language: what both renderers share. */
export function buildReportView(data: ReportData, lang: ReportLang): ReportView {
  const t = stringsFor(lang);
  // French puts a no-break space before a colon.
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const label = (theme: string) => (isThemeCode(theme) ? themeLabel(theme, lang) : theme);
  const groupName = (group: string) => (group === POOLED_GROUP ? t.pooledGroup : group);
  const confidencePercent = Math.round(data.confidence * 100);
  const published = data.summary.themes.filter((theme) => !theme.suppressed);
  const shareOf = new Map(data.summary.themes.map((theme) => [theme.theme, theme.share]));
  const sections: SectionView[] = [];

  sections.push({
    id: 'method',
    heading: t.method,
    paragraphs: [
      t.methodText(
        data.summary.respondents === null ? t.suppressed : formatNumber(data.summary.respondents, lang),
        data.taxonomyVersion,
        data.minimumCell,
        confidencePercent,
      ),
    ],
    tables: [],
    bullets: [],
  });

  sections.push({
    id: 'themes',
    heading: t.bubbleTitle,
    paragraphs: [t.bubbleNote],
    tables: [],
    bullets: [],
    chart: published.map((theme) => ({
      id: theme.theme,
      label: label(theme.theme),
      value: theme.n ?? 0,
      caption: formatShare(theme.share, lang),
    })),
  });

  sections.push({
    id: 'priorities',
    heading: t.priorities,
    paragraphs: [],
    tables: [
      {
        table: {
          headers: [t.rank, t.theme, t.respondents, t.share, t.intervalAt(confidencePercent)],
          numeric: [true, false, true, true, true],
          rows: data.summary.themes.map((theme) => [
            theme.rank === null ? t.suppressed : String(theme.rank),
            label(theme.theme),
            theme.n === null ? t.suppressed : formatNumber(theme.n, lang),
            formatShare(theme.share, lang),
            theme.interval
              ? `${formatShare(theme.interval.lower, lang, 1)} – ${formatShare(theme.interval.upper, lang, 1)}`
              : t.suppressed,
          ]),
        },
      },
    ],
    bullets: [],
  });

  // The most mentioned themes make the columns; every flag is listed whatever its theme.
  const topThemes = published.slice(0, COMPARISON_COLUMNS).map((theme) => theme.theme);
  if (data.communities) sections.push(comparisonSection('communities', t.communities, data.communities, topThemes));
  if (data.waves) {
    const section = comparisonSection('waves', t.waves, data.waves, topThemes);
    section.bullets.push(...data.waveNotes.map(({ theme, note }) => `${label(theme)}${colon}${note[lang]}`));
    sections.push(section);
  }

  const gapRows = data.gaps.flatMap((gap) =>
    gap.rows
      .filter((row) => row.newcomers.share !== null || row.providers.share !== null)
      .map((row) => ({ gap, row })),
  );
  if (gapRows.length > 0) {
    sections.push({
      id: 'gap',
      heading: t.gap,
      paragraphs: [t.gapIntro],
      tables: data.gaps.map((gap) => ({
        caption: `${groupName(gap.community)} — ${t.newcomers}: ${count(gap.newcomerRespondents)}, ${t.providers}: ${count(gap.providerRespondents)}`,
        table: {
          headers: [t.theme, t.newcomerShare, t.providerShare, t.difference, t.diverges],
          numeric: [false, true, true, true, false],
          rows: gap.rows
            .filter((row) => row.newcomers.share !== null || row.providers.share !== null)
            .map((row) => [
              label(row.theme),
              formatShare(row.newcomers.share, lang),
              formatShare(row.providers.share, lang),
              row.difference === null ? t.suppressed : signed(Math.round(row.difference * 100)),
              row.diverges ? t.yes : '',
            ]),
          emphasis: gap.rows
            .filter((row) => row.newcomers.share !== null || row.providers.share !== null)
            .map((row) => [false, false, false, false, row.diverges]),
        },
      })),
      bullets: data.gaps.flatMap((gap) =>
        gap.rows.flatMap((row) => (row.text ? [`${groupName(gap.community)} — ${row.text[lang]}`] : [])),
      ),
    });
  }

  const refLabel = (ref: CodeRef) => {
    const share = formatShare(shareOf.get(ref.code) ?? null, lang);
    const subtheme = ref.subtheme
      ? THEMES.find((theme) => theme.code === ref.code)?.subthemes.find((sub) => sub.code === ref.subtheme)?.label[lang]
      : undefined;
    return `${label(ref.code)} ${share}${subtheme ? ` (${t.subtheme}${colon}${subtheme})` : ''}`;
  };
  sections.push({
    id: 'crosswalk',
    heading: t.crosswalk,
    paragraphs: [t.crosswalkIntro],
    pageBreak: true,
    tables: [
      {
        table: {
          headers: ['#', t.characteristic, t.primary, t.secondary],
          numeric: [true, false, false, false],
          rows: WELCOMING_CROSSWALK.map((item) => [
            String(item.number),
            item.characteristic[lang],
            item.primary.map(refLabel).join('; '),
            item.secondary.map(refLabel).join('; '),
          ]),
        },
      },
    ],
    bullets: [],
  });

  const quotes = published.flatMap((theme) =>
    data.quotes
      .filter((quote) => quote.theme === theme.theme)
      .slice(0, QUOTES_PER_THEME)
      .map((quote) => ({
        text: quote.text,
        language: quote.language,
        cite: `${label(quote.theme)}${quote.community ? ` — ${groupName(quote.community)}` : ''}`,
      })),
  );
  if (quotes.length > 0) {
    sections.push({ id: 'quotes', heading: t.quotes, paragraphs: [t.quotesNote], tables: [], bullets: [], quotes });
  }

  return {
    lang,
    title: t.title,
    subtitle: [
      `${t.partnership}${colon}${data.partnership}`,
      `${t.wave}${colon}${data.wave}`,
      `${t.audience}${colon}${data.audience === 'newcomers' ? t.newcomers : t.providers}`,
    ],
    sections,
  };

  function count(value: number | null): string {
    return value === null ? t.suppressed : formatNumber(value, lang);
  }

  function signed(points: number): string {
    return points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '0';
  }

  function comparisonSection(id: string, heading: string, comparison: SuppressedComparison, themes: string[]): SectionView {
    const kind: GroupKind = comparison.kind;
    const byTheme = new Map(comparison.themes.map((theme) => [theme.theme, theme]));
    const withOverall = comparison.respondents !== null;
    const cell = (theme: string, i: number): [string, boolean] => {
      const result = byTheme.get(theme)?.groups[i];
      if (!result || result.share === null) return [t.suppressed, false];
      const arrow = result.direction === 'higher' ? ' ▲' : result.direction === 'lower' ? ' ▼' : '';
      return [`${formatShare(result.share, lang)}${arrow}`, result.significant];
    };
    const overallCell = (theme: string) => formatShare(byTheme.get(theme)?.overall.share ?? null, lang);
    const groupHeader = kind === 'wave' ? t.wave : t.community;
    let table: TableView;
    if (comparison.groups.length <= WIDE_GROUPS) {
      // Few groups: one column per group, every published theme as a row.
      const rowThemes = published.map((theme) => theme.theme);
      table = {
        headers: [t.theme, ...comparison.groups.map((group) => groupName(group.group)), ...(withOverall ? [t.overall] : [])],
        numeric: [false, ...comparison.groups.map(() => true), ...(withOverall ? [true] : [])],
        rows: [
          [t.respondents, ...comparison.groups.map((group) => count(group.respondents)), ...(withOverall ? [count(comparison.respondents)] : [])],
          ...rowThemes.map((theme) => [
            label(theme),
            ...comparison.groups.map((_, i) => cell(theme, i)[0]),
            ...(withOverall ? [overallCell(theme)] : []),
          ]),
        ],
        emphasis: [
          [],
          ...rowThemes.map((theme) => [false, ...comparison.groups.map((_, i) => cell(theme, i)[1]), false]),
        ],
      };
    } else {
      // Many groups: one row per group, the most mentioned themes as columns.
      table = {
        headers: [groupHeader, t.respondents, ...themes.map(label)],
        numeric: [false, true, ...themes.map(() => true)],
        rows: [
          ...comparison.groups.map((group, i) => [groupName(group.group), count(group.respondents), ...themes.map((theme) => cell(theme, i)[0])]),
          ...(withOverall ? [[t.overall, count(comparison.respondents), ...themes.map(overallCell)]] : []),
        ],
        emphasis: comparison.groups.map((_, i) => [false, false, ...themes.map((theme) => cell(theme, i)[1])]),
      };
    }
    const flags = comparison.flags.map((flag) => {
      const text =
        flag.kind === 'pairwise'
          ? pairwiseText(flag.theme, groupName(flag.group), groupName(flag.otherGroup ?? ''), kind, flag.share, flag.comparisonShare)
          : versusOverallText(
              flag.theme,
              groupName(flag.group),
              // "à Autres communautés" is not French: the pooled group reads as a named group.
              flag.group === POOLED_GROUP ? 'other' : kind,
              flag.direction,
              flag.share,
              flag.comparisonShare,
            );
      return text[lang];
    });
    // Against the overall for communities; between waves, the pairs say more.
    const shown = comparison.flags
      .map((flag, index) => ({ flag, text: flags[index]! }))
      .filter(({ flag }) => (kind === 'wave' ? flag.kind === 'pairwise' : flag.kind === 'vs-overall'))
      .map(({ text }) => text);
    return {
      id,
      heading,
      paragraphs: [shown.length === 0 ? t.noFlags : `${t.flagsHeading}${colon.trimEnd()}`],
      bullets: shown,
      tables: [{ table }],
    };
  }
}
