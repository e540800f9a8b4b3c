import { CompareOutput, CompareQuery, GapOutput, ReportQuery, SliceQuery, SummaryOutput, SummaryQuery } from '../insights/insights.schemas';
import { error, fileAnswer, jsonAnswer, queryParams, secured } from './openapi-parts';

const badQuery = error('invalid_body: a query parameter is not valid; see fields');

export const insightPaths = {
  '/api/analysis/summary': {
    get: {
      ...secured,
      summary: 'Theme frequencies for a slice, shares with 95% Wilson intervals; suppressed outside the partnership; optionally rank-weighted scores',
      parameters: queryParams(SummaryQuery),
      responses: { 200: jsonAnswer('The summary', SummaryOutput), 400: badQuery },
    },
  },
  '/api/analysis/compare': {
    get: {
      ...secured,
      summary: 'Compare a slice across communities or waves: chi-square per theme, adjusted residuals, Holm-corrected pairwise tests, plain-language flags',
      description:
        'By default every flag (against the overall share and, for up to 12 groups, pairwise) carries its sentence in English and French, and a wave comparison each theme’s note in both. ' +
        'A screen that shows one language and the flags against the overall share asks for less: `lang=en|fr` keeps only that language of each sentence (`text: {"fr": "…"}`, `note: {"fr": "…"}`), ' +
        '`flags=overall` leaves out the pairwise flags. The figures are the same either way. An unknown value of either is refused with 400.',
      parameters: queryParams(CompareQuery),
      responses: { 200: jsonAnswer('The comparison', CompareOutput), 400: badQuery },
    },
  },
  '/api/analysis/gap': {
    get: {
      ...secured,
      summary: 'Newcomer needs against provider-reported gaps, per community',
      parameters: queryParams(SliceQuery),
      responses: { 200: jsonAnswer('The gaps', GapOutput), 400: badQuery },
    },
  },
  '/api/analysis/report': {
    get: {
      ...secured,
      summary: 'Strategy report of a partnership and wave: bubble chart, ranked priorities with intervals, community comparison, gap, quotes from published cells; every figure suppressed',
      parameters: queryParams(ReportQuery),
      responses: { 200: fileAnswer('The report', ['text/html', 'text/markdown']), 400: error('invalid_body: partnershipId or wave missing'), 403: error('forbidden: not a member') },
    },
  },
};
