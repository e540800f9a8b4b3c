import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../components/query-state';
import { api } from '../shell/api';
import type { Consultation, Partnership } from '../shell/api-types';
import { canReadRaw, useSessionState } from '../shell/session';
import { CompareSection } from './compare-section';
import { GapSection } from './gap-section';
import { ReportLinks } from './report-links';
import { resultsQueries, type Filter } from './results-queries';
import { useAnalysisStrings } from './strings';
import { SummarySection } from './summary-section';

/**
 * Everything the partnership's figures say, for the slice in the address (so a view can be
 * bookmarked and shared): theme frequencies, comparisons, the newcomer/provider gap, the
 * report and, for researchers, the exports. Only aggregates: a viewer reads all of it.
 */
export function ResultsPage() {
  const s = useAnalysisStrings();
  const [params, setParams] = useSearchParams();
  const partnerships = useQuery({ queryKey: ['partnerships'], queryFn: () => api<{ partnerships: Partnership[] }>('/api/partnerships') });
  const consultations = useQuery({ queryKey: ['consultations'], queryFn: () => api<{ consultations: Consultation[] }>('/api/consultations') });
  const first = partnerships.data?.partnerships[0]?.id;
  useEffect(() => {
    if (!params.get('partnership') && first) {
      const next = new URLSearchParams(params);
      next.set('partnership', first);
      setParams(next, { replace: true });
    }
  }, [first, params, setParams]);
  // With the partnership in the address, the figures need neither list: they show while the
  // lists (which only fill the filters) are still on their way.
  const listed = partnerships.data?.partnerships;
  const asked = params.get('partnership');
  const partnershipId = listed?.some((p) => p.id === asked) ? asked : (listed?.[0]?.id ?? (partnerships.isPending ? asked : null));

  return (
    <div className="analysis-page">
      <h1>{s.results.title}</h1>
      {partnershipId ? (
        <Results partnershipId={partnershipId} partnerships={listed ?? []} consultations={consultations.data?.consultations ?? []} />
      ) : (
        <QueryState query={partnerships}>{() => <p>{s.results.noPartnership}</p>}</QueryState>
      )}
    </div>
  );
}

function Results({ partnershipId, partnerships, consultations }: { partnershipId: string; partnerships: Partnership[]; consultations: Consultation[] }) {
  const s = useAnalysisStrings();
  const { session } = useSessionState();
  const [params, setParams] = useSearchParams();
  const value = (name: Filter) => params.get(name) ?? '';
  const partnership = partnerships.find((p) => p.id === partnershipId) ?? { id: partnershipId, communities: [] as string[] };
  const own = consultations.filter((c) => c.partnershipId === partnership.id);
  const consultation = own.find((c) => c.id === value('consultation'));
  const waves = [...new Set(own.map((c) => c.wave))].sort().reverse();
  const locales = [...new Set(own.flatMap((c) => c.locales))].sort();
  const communities = [...new Set([...partnership.communities, ...own.flatMap((c) => c.communities)])].sort();

  const set = (name: Filter, next: string) => {
    const copy = new URLSearchParams(params);
    if (next) copy.set(name, next);
    else copy.delete(name);
    if (name === 'partnership') for (const other of ['consultation', 'wave', 'community'] as const) copy.delete(other);
    setParams(copy, { replace: true });
  };

  const queries = useMemo(() => resultsQueries(params, partnership.id), [params, partnership.id]);
  const raw = !!session && canReadRaw(session, partnership.id);

  const select = (name: Filter, label: string, options: Array<[string, string]>) => (
    <div className="analysis-filter">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} value={value(name)} onChange={(event) => set(name, event.target.value)}>
        {options.map(([optionValue, text]) => <option key={optionValue} value={optionValue}>{text}</option>)}
      </select>
    </div>
  );

  return (
    <>
      <form className="analysis-filters" aria-label={s.results.filters} onSubmit={(event) => event.preventDefault()}>
        {partnerships.length > 1 && select('partnership', s.results.partnership, partnerships.map((p) => [p.id, p.name]))}
        {select('consultation', s.results.consultation, [['', s.results.allConsultations], ...own.map((c): [string, string] => [c.id, c.title])])}
        {select('audience', s.results.audience, (['', 'newcomers', 'providers'] as const).map((a): [string, string] => [a, s.results.audiences[a]]))}
        {select('wave', s.results.wave, [['', s.results.any], ...waves.map((w): [string, string] => [w, w])])}
        {select('community', s.results.community, [['', s.results.any], ...communities.map((c): [string, string] => [c, c])])}
        {select('locale', s.results.locale, [['', s.results.any], ...locales.map((l): [string, string] => [l, l])])}
        {select('source', s.results.source, (['combined', 'closed', 'open'] as const).map((k): [string, string] => [k === 'combined' ? '' : k, s.results.sources[k]]))}
      </form>
      {raw && consultation && (
        <p><Link to={`/workspace/consultations/${consultation.id}/review`}>{s.results.reviewLink}</Link></p>
      )}
      <SummarySection query={queries.summary} />
      <CompareSection query={queries.compareCommunity} by="community" folded />
      <CompareSection query={queries.compareWave} by="wave" />
      <GapSection query={queries.gap} />
      <ReportLinks partnershipId={partnership.id} wave={value('wave') || waves[0] || ''} audience={value('audience') === 'providers' ? 'providers' : 'newcomers'} consultation={raw ? consultation : undefined} showExportHint={raw} />
    </>
  );
}

