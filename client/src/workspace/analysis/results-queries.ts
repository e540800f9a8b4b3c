import type { QueryClient } from '@tanstack/react-query';
import { api } from '../shell/api';
import type { Locale } from '../shell/types';
import type { CompareResponse, GapResponse, SummaryResponse } from './api-types';

/**
 * The analysis requests of the results page, derived from its address alone. The route's
 * loader sends them before the page's code has arrived and before the partnership and
 * consultation lists (which only fill the filters) come back; the page then finds them in the
 * query cache under the same keys.
 */
export const FILTERS = ['partnership', 'consultation', 'audience', 'wave', 'community', 'locale', 'source'] as const;
export type Filter = (typeof FILTERS)[number];
const API_NAMES: Record<Filter, string> = {
  partnership: 'partnershipId', consultation: 'consultationId', audience: 'audience', wave: 'wave', community: 'community', locale: 'locale', source: 'source',
};

export interface ResultsQueries {
  summary: string;
  compareCommunity: string;
  compareWave: string;
  gap: string;
}

export function resultsQueries(params: URLSearchParams, partnershipId: string): ResultsQueries {
  const query = new URLSearchParams();
  query.set('partnershipId', partnershipId);
  for (const name of FILTERS) if (name !== 'partnership' && params.get(name)) query.set(API_NAMES[name], params.get(name)!);
  const summary = query.toString();
  // Comparing communities within one community, or waves within one wave, shows one column: leave that filter out.
  const without = (name: 'community' | 'wave') => {
    const copy = new URLSearchParams(summary);
    copy.delete(name);
    if (name === 'wave') copy.delete('consultationId');
    return copy.toString();
  };
  const gap = new URLSearchParams({ partnershipId });
  if (params.get('wave')) gap.set('wave', params.get('wave')!);
  if (params.get('community')) gap.set('community', params.get('community')!);
  return { summary, compareCommunity: without('community'), compareWave: without('wave'), gap: gap.toString() };
}

export const summaryQuery = (query: string) => ({
  queryKey: ['analysis', 'summary', query],
  queryFn: () => api<SummaryResponse>(`/api/analysis/summary?${query}`),
});
// Only the workspace language of each sentence: a 40-community comparison carries hundreds of
// flags, and both languages made its answer a fifth larger for text nobody on the page reads.
export const compareQuery = (query: string, by: 'community' | 'wave', lang: Locale) => ({
  queryKey: ['analysis', 'compare', by, query, lang],
  queryFn: () => api<CompareResponse>(`/api/analysis/compare?${query}&by=${by}&lang=${lang}`),
});
export const gapQuery = (query: string) => ({
  queryKey: ['analysis', 'gap', query],
  queryFn: () => api<GapResponse>(`/api/analysis/gap?${query}`),
});

/**
 * Starts the page's requests without waiting for them; failures show on the page, which asks
 * again. Not the comparison across communities: it is folded, and asked for when opened.
 */
export function prefetchResults(client: QueryClient, url: URL, lang: Locale): void {
  const partnershipId = url.searchParams.get('partnership');
  if (!partnershipId) return; // the page picks the first partnership once the list arrives
  const queries = resultsQueries(url.searchParams, partnershipId);
  void client.prefetchQuery(summaryQuery(queries.summary));
  void client.prefetchQuery(compareQuery(queries.compareWave, 'wave', lang));
  void client.prefetchQuery(gapQuery(queries.gap));
}
