import { useQuery } from '@tanstack/react-query';
import { memo, useMemo, useState } from 'react';
import { QueryState } from '../components/query-state';
import { useLocale } from '../shell/locale';
import type { GapResponse } from './api-types';
import { gapQuery } from './results-queries';
import { useAnalysisStrings } from './strings';
import { themeName } from './theme-labels';

/** Per community, the share of newcomers naming a need beside the share of providers naming it as a gap. */
// Memoised: its parent re-renders when the filter lists arrive, and this section's query has not changed then.
export const GapSection = memo(function GapSection({ query }: { query: string }) {
  const s = useAnalysisStrings();
  const result = useQuery(gapQuery(query));
  return (
    <section aria-labelledby="gap-title" className="analysis-section">
      <h2 id="gap-title">{s.results.gapTitle}</h2>
      <p className="analysis-help">{s.results.gapHelp}</p>
      <QueryState query={result}>{(data) => <Gaps data={data} />}</QueryState>
    </section>
  );
});

type CommunityGap = GapResponse['gaps'][number];

function Gaps({ data }: { data: GapResponse }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const gaps = useMemo(() => data.gaps.filter((gap) => gap.providerRespondents !== 0), [data]);
  const diverging = useMemo(
    () => gaps.flatMap((gap) => gap.rows.filter((row) => row.diverges && row.text).map((row) => `${gap.community} — ${row.text![locale]}`)),
    [gaps, locale],
  );
  if (gaps.length === 0) return <p>{s.results.noGap}</p>;
  return (
    <>
      <h3>{s.results.diverges}</h3>
      {diverging.length === 0 ? <p>{s.results.noDivergence}</p> : <ul className="analysis-flags">{diverging.map((text) => <li key={text}>{text}</li>)}</ul>}
      {gaps.map((gap) => <CommunityGapDetails key={gap.community} gap={gap} />)}
    </>
  );
}

/**
 * One community's gap, folded. Its table is only built once opened: forty communities of twenty
 * rows each were thousands of hidden cells drawn before the page could show anything. The
 * summary line stays a focusable, keyboard-operable disclosure, and the table is a real table once open.
 */
function CommunityGapDetails({ gap }: { gap: CommunityGap }) {
  const s = useAnalysisStrings();
  const [open, setOpen] = useState(false);
  return (
    <details className="analysis-gap" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {gap.community} — {s.results.newcomers}: {gap.newcomerRespondents === null ? s.suppressed : s.number(gap.newcomerRespondents)}, {s.results.providers}:{' '}
        {gap.providerRespondents === null ? s.suppressed : s.number(gap.providerRespondents)}
      </summary>
      {open && <GapTable gap={gap} />}
    </details>
  );
}

function GapTable({ gap }: { gap: CommunityGap }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const rows = gap.rows.filter((row) => (row.newcomers.n ?? 1) > 0 || (row.providers.n ?? 1) > 0);
  const id = `gap-${gap.community.replace(/[^a-z0-9]+/gi, '-')}`;
  const share = (value: number | null) => (value === null ? s.suppressed : s.percent(value));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table className="analysis-table">
        <caption id={id}>{`${s.results.gapTitle} — ${gap.community}`}</caption>
        <thead>
          <tr>
            <th scope="col">{s.results.theme}</th>
            <th scope="col" className="num">{s.results.newcomers}</th>
            <th scope="col" className="num">{s.results.providers}</th>
            <th scope="col" className="num">{s.results.difference}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.theme} className={row.diverges ? 'flagged' : undefined}>
              <th scope="row">{themeName(row.theme, locale)}</th>
              <td className="num">{share(row.newcomers.share)}</td>
              <td className="num">{share(row.providers.share)}</td>
              <td className="num">{row.difference === null ? s.suppressed : `${row.difference > 0 ? '+' : ''}${Math.round(row.difference * 100)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
