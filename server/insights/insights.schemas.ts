import { z } from 'zod';

/** Which responses a summary, comparison or gap counts. */
export const SliceQuery = z.object({
  partnershipId: z.string().optional(),
  consultationId: z.string().optional(),
  audience: z.enum(['newcomers', 'providers']).optional(),
  wave: z.string().optional(),
  questionnaire: z.string().optional().describe('questionnaire key'),
  version: z.coerce.number().int().positive().optional(),
  community: z.string().optional(),
  locale: z.string().optional(),
  source: z.enum(['combined', 'closed', 'open']).default('combined').describe('closed questions, coded open answers, or both'),
  suppress: z.enum(['true', 'false']).optional().describe('suppress small cells even inside the partnership'),
  minimum: z.coerce.number().int().min(1).max(1000).optional().describe('smallest count shown; never below the default outside the partnership'),
});

export type SliceParams = z.infer<typeof SliceQuery>;

export const SummaryQuery = SliceQuery.extend({
  rankWeighting: z
    .enum(['none', 'reciprocal', 'borda'])
    .default('none')
    .describe('also score themes with ranked choices weighted by place: reciprocal (1/place, the Dowdall variant of Borda) or borda ((size − place + 1)/size); reads every response of the slice'),
});

// The comparison axis and the report's options are read leniently: anything else means the default.
export const CompareQuery = SliceQuery.extend({
  by: z.enum(['community', 'wave']).optional().catch(undefined).describe('community (the default) or wave'),
  lang: z.enum(['en', 'fr']).optional().describe('only this language of each sentence (flags, wave notes); both when absent'),
  flags: z.enum(['all', 'overall']).optional().describe('overall: only the flags against the overall share, not the pairwise ones; all by default'),
});

export const ReportQuery = z.object({
  partnershipId: z.string().describe('the partnership reported on'),
  wave: z.string().describe('e.g. 2026'),
  audience: z.enum(['newcomers', 'providers']).optional().catch(undefined).describe('newcomers by default'),
  lang: z.enum(['en', 'fr']).optional().catch(undefined),
  format: z.enum(['html', 'markdown']).optional().catch(undefined),
  paper: z.enum(['letter', 'a4']).optional().catch(undefined),
});

// What the routes answer: the figures themselves are analysis/ output, described there.
const Privacy = { suppressed: z.boolean().describe('Small cells hidden'), minimum: z.number().int() };
const Figures = z.record(z.string(), z.unknown());
export const SummaryOutput = z.object({
  consultations: z.number().int(),
  source: z.enum(['combined', 'closed', 'open']),
  ...Privacy,
  summary: Figures.describe('Theme frequencies with 95% Wilson intervals'),
  rankWeighted: z
    .object({ weighting: z.enum(['reciprocal', 'borda']), respondents: z.number().int().nullable(), themes: z.array(Figures) })
    .optional()
    .describe('With rankWeighting: per theme the sum of respondents’ weights (score), score / respondents (share) and rank; themes suppressed in the summary are suppressed here'),
});
export const CompareOutput = z.object({
  by: z.enum(['community', 'wave']),
  consultations: z.number().int(),
  source: z.enum(['combined', 'closed', 'open']),
  ...Privacy,
  comparison: Figures.describe('Chi-square per theme, adjusted residuals, Holm-corrected pairwise tests, plain-language flags'),
});
export const GapOutput = z.object({ ...Privacy, gaps: z.array(Figures).describe('Per community: newcomer needs against provider-reported gaps') });
