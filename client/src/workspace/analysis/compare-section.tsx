import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useMemo, useState } from 'react';
import { QueryState } from '../components/query-state';
import { useLocale } from '../shell/locale';
import type { Locale } from '../shell/types';
import type { CompareResponse, CompareTheme, GroupResult } from './api-types';
import { FlagList, type FlagText } from './flag-list';
import { compareQuery } from './results-queries';
import { useAnalysisStrings } from './strings';
import { themeName } from './theme-labels';
import { WaveBasis, WaveNotes } from './wave-notes';

/** Theme shares side by side across communities or waves, with the differences that stand out said in words. */
// Memoised: its parent re-renders when the filter lists arrive, and a 40-community table is then drawn again for nothing.
export const CompareSection = memo(function CompareSection({ query, by, folded = false }: { query: string; by: 'community' | 'wave'; folded?: boolean }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(!folded);
  // While the other language's sentences load, the figures already on screen stay.
  const result = useQuery({ ...compareQuery(query, by, locale), placeholderData: (previous) => previous, enabled: open });
  const id = `compare-${by}`;
  const comparison = <QueryState query={result}>{(data) => <Comparison data={data} id={id} by={by} />}</QueryState>;
  return (
    <section aria-labelledby={id} className="analysis-section">
      <h2 id={id}>{by === 'community' ? s.results.compareCommunities : s.results.compareWaves}</h2>
      {folded ? (
        // Asked for only when opened (a pointer over it or focus on it starts the request a moment
        // early): forty communities are the page's largest answer and its widest table.
        <details
          className="analysis-compare"
          onToggle={(event) => setOpen(event.currentTarget.open)}
          onPointerEnter={() => void queryClient.prefetchQuery(compareQuery(query, by, locale))}
          onFocus={() => void queryClient.prefetchQuery(compareQuery(query, by, locale))}
        >
          <summary>{s.results.showCommunityComparison}</summary>
          {open && comparison}
        </details>
      ) : comparison}
    </section>
  );
});

const sentence = (text: Partial<Record<Locale, string>>, locale: Locale) => text[locale] ?? text.en ?? text.fr ?? '';

/** Waves only: a theme whose questions were not asked in every wave (or not linked) is not a change in needs. */
const comparableTheme = (theme: CompareTheme) => theme.comparable !== false;

function Comparison({ data, id, by }: { data: CompareResponse; id: string; by: 'community' | 'wave' }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const { comparison } = data;
  const notComparable = useMemo(() => new Set(comparison.themes.filter((theme) => !comparableTheme(theme)).map((theme) => theme.theme)), [comparison]);
  const flags = useMemo((): FlagText[] => {
    const overall = comparison.flags.filter((flag) => flag.kind === 'vs-overall');
    const shown = (overall.length ? overall : comparison.flags).filter((flag) => !notComparable.has(flag.theme));
    return shown.map((flag) => ({ theme: flag.theme, direction: flag.direction, text: sentence(flag.text, locale) }));
  }, [comparison, locale, notComparable]);
  const themes = useMemo(
    () => [...comparison.themes].filter((theme) => (theme.overall.n ?? 1) > 0).sort((a, b) => (b.overall.share ?? 0) - (a.overall.share ?? 0)),
    [comparison],
  );
  if (comparison.groups.length < 2) return <p>{s.results.needTwoGroups}</p>;
  return (
    <>
      <p className="analysis-help">{s.results.compareHelp}</p>
      <h3>{s.results.significant}</h3>
      <FlagList flags={flags} id={`${id}-flags`} by={by} />
      {notComparable.size > 0 && <WaveNotes themes={themes.filter((theme) => notComparable.has(theme.theme))} id={id} />}
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
            {themes.map((theme) => {
              const comparable = !notComparable.has(theme.theme);
              return (
                <tr key={theme.theme}>
                  <th scope="row">
                    {themeName(theme.theme, locale)}
                    {!comparable && (
                      <a className="analysis-mark" href={`#${id}-note-${theme.theme}`} data-testid="not-comparable">{s.results.notComparable}</a>
                    )}
                  </th>
                  {theme.groups.map((group) => <Cell key={group.group} group={group} marked={comparable} />)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {by === 'wave' && <WaveBasis themes={themes} groups={comparison.groups.map((group) => group.group)} id={id} />}
    </>
  );
}

/** A share, with the flag's arrow where the difference holds; a theme that cannot be compared shows no arrow. */
function Cell({ group, marked }: { group: GroupResult; marked: boolean }) {
  const s = useAnalysisStrings();
  if (group.share === null || group.n === null) return <td className="num suppressed" title={s.suppressedHelp}>{s.suppressed}</td>;
  const marker = marked && group.significant && group.direction ? (group.direction === 'higher' ? '▲' : '▼') : '';
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
