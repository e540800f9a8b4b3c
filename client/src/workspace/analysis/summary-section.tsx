import { useQuery } from '@tanstack/react-query';
import { memo, useMemo } from 'react';
import { QueryState } from '../components/query-state';
import { useLocale } from '../shell/locale';
import type { SummaryResponse } from './api-types';
import { useAnalysisStrings } from './strings';
import { summaryQuery } from './results-queries';
import { ThemeChart, type ChartRow } from './theme-chart';
import { themeName } from './theme-labels';

/** Theme frequencies of the slice: the chart, and right below it the same figures as a table. */
// Memoised: its parent re-renders when the filter lists arrive, and this section's query has not changed then.
export const SummarySection = memo(function SummarySection({ query }: { query: string }) {
  const s = useAnalysisStrings();
  const result = useQuery(summaryQuery(query));
  return (
    <section aria-labelledby="summary-title" className="analysis-section">
      <h2 id="summary-title">{s.results.summaryTitle}</h2>
      <QueryState query={result}>{(data) => <Summary data={data} />}</QueryState>
    </section>
  );
});

function Summary({ data }: { data: SummaryResponse }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const { summary } = data;
  const rows = useMemo<ChartRow[]>(
    () =>
      summary.themes.flatMap((theme): ChartRow[] => {
        const label = themeName(theme.theme, locale);
        if (theme.suppressed) return [{ label, suppressed: true }];
        if (theme.share === null || theme.interval === null || (theme.n ?? 0) === 0) return [];
        return [{ label, suppressed: false, share: theme.share, lower: theme.interval.lower, upper: theme.interval.upper }];
      }),
    [summary, locale],
  );
  if (summary.respondents === null) return <p>{s.results.respondentsHidden}</p>;
  if (summary.respondents === 0) return <p>{s.results.noData}</p>;
  return (
    <>
      <p className="analysis-lead">{s.results.respondents(summary.respondents)}</p>
      <figure className="analysis-figure" data-testid="summary-chart">
        <ThemeChart rows={rows} title={s.results.chartCaption} description={s.results.chartLabel} suppressedLabel={s.suppressed} percent={s.percent} />
        <figcaption>{s.results.chartCaption}</figcaption>
      </figure>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="summary-table-caption">
        <table className="analysis-table" data-testid="summary-table">
          <caption id="summary-table-caption">{s.results.chartCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.results.rank}</th>
              <th scope="col">{s.results.theme}</th>
              <th scope="col" className="num">{s.results.count}</th>
              <th scope="col" className="num">{s.results.share}</th>
              <th scope="col" className="num">{s.results.interval}</th>
            </tr>
          </thead>
          <tbody>
            {summary.themes.map((theme) => (
              <tr key={theme.theme}>
                <td>{theme.rank ?? '–'}</td>
                <th scope="row">{themeName(theme.theme, locale)}</th>
                {theme.suppressed ? (
                  <td colSpan={3} className="suppressed" title={s.suppressedHelp}>{s.suppressed}</td>
                ) : (
                  <>
                    <td className="num">{theme.n === null ? '–' : s.number(theme.n)}</td>
                    <td className="num">{theme.share === null ? '–' : s.percent(theme.share)}</td>
                    <td className="num">{theme.interval ? `${s.percent(theme.interval.lower)} – ${s.percent(theme.interval.upper)}` : '–'}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
