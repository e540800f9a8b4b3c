import { useQuery } from '@tanstack/react-query';
import { memo, useMemo } from 'react';
import { QueryState } from '../components/query-state';
import { useLocale } from '../shell/locale';
import type { CompareResponse, GroupResult } from './api-types';
import { compareQuery } from './results-queries';
import { useAnalysisStrings } from './strings';
import { themeName } from './theme-labels';

/** Theme shares side by side across communities or waves, with the differences that stand out said in words. */
// Memoised: its parent re-renders when the filter lists arrive, and a 40-community table is then drawn again for nothing.
export const CompareSection = memo(function CompareSection({ query, by }: { query: string; by: 'community' | 'wave' }) {
  const s = useAnalysisStrings();
  const result = useQuery(compareQuery(query, by));
  const id = `compare-${by}`;
  return (
    <section aria-labelledby={id} className="analysis-section">
      <h2 id={id}>{by === 'community' ? s.results.compareCommunities : s.results.compareWaves}</h2>
      <QueryState query={result}>{(data) => <Comparison data={data} id={id} />}</QueryState>
    </section>
  );
});

function Comparison({ data, id }: { data: CompareResponse; id: string }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const { comparison } = data;
  const flagTexts = useMemo(() => {
    const overall = comparison.flags.filter((flag) => flag.kind === 'vs-overall');
    return [...new Set((overall.length ? overall : comparison.flags).map((flag) => flag.text[locale]))];
  }, [comparison, locale]);
  const themes = useMemo(
    () => [...comparison.themes].filter((theme) => (theme.overall.n ?? 1) > 0).sort((a, b) => (b.overall.share ?? 0) - (a.overall.share ?? 0)),
    [comparison],
  );
  if (comparison.groups.length < 2) return <p>{s.results.needTwoGroups}</p>;
  return (
    <>
      <p className="analysis-help">{s.results.compareHelp}</p>
      <h3>{s.results.significant}</h3>
      {flagTexts.length === 0 ? (
        <p>{s.results.noSignificant}</p>
      ) : (
        <ul className="analysis-flags" data-testid={`${id}-flags`}>
          {flagTexts.map((text) => <li key={text}>{text}</li>)}
        </ul>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table className="analysis-table">
          <caption id={`${id}-caption`}>{s.results.compareHelp}</caption>
          <thead>
            <tr>
              <th scope="col">{s.results.theme}</th>
              {comparison.groups.map((group) => (
                <th scope="col" key={group.group} className="num">
                  {group.group}
                  <span className="analysis-sub">{group.respondents === null ? s.suppressed : s.results.respondents(group.respondents)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.theme}>
                <th scope="row">{themeName(theme.theme, locale)}</th>
                {theme.groups.map((group) => <Cell key={group.group} group={group} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Cell({ group }: { group: GroupResult }) {
  const s = useAnalysisStrings();
  if (group.share === null || group.n === null) return <td className="num suppressed" title={s.suppressedHelp}>{s.suppressed}</td>;
  const marker = group.significant && group.direction ? (group.direction === 'higher' ? '▲' : '▼') : '';
  return (
    <td className={`num${marker ? ' flagged' : ''}`}>
      {s.percent(group.share)}
      {marker && (
        <>
          {' '}<span aria-hidden="true">{marker}</span>
          <span className="visually-hidden"> ({group.direction === 'higher' ? s.results.higher : s.results.lower})</span>
        </>
      )}
    </td>
  );
}
