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

// What the routes answer: the figures are analysis/ output (its types are the reference).
const Privacy = { suppressed: z.boolean().describe('Small cells hidden'), minimum: z.number().int() };
const Count = z.number().int().nullable().describe('null when suppressed');
const Share = z.number().nullable().describe('0 to 1; null when suppressed or without respondents');
const Interval = z.object({ lower: z.number(), upper: z.number() }).nullable().describe('95% Wilson interval');
/** A sentence in both official languages, or in the one asked for with lang=. */
const Sentence = z.object({ en: z.string().optional(), fr: z.string().optional() });

const ThemeFrequency = z.object({
  theme: z.string(),
  n: Count,
  share: Share,
  interval: Interval,
  rank: z.number().int().nullable().describe('competition rank by n (1, 2, 2, 4)'),
  suppressed: z.boolean(),
});
const ThemeSummary = z.object({
  respondents: Count.describe('null when the whole slice is under the minimum'),
  confidence: z.number(),
  themes: z.array(ThemeFrequency).describe('by rank'),
});
export const SummaryOutput = z.object({
  consultations: z.number().int(),
  source: z.enum(['combined', 'closed', 'open']),
  ...Privacy,
  summary: ThemeSummary.describe('Theme frequencies with 95% Wilson intervals'),
  rankWeighted: z
    .object({
      weighting: z.enum(['reciprocal', 'borda']),
      respondents: z.number().int().nullable(),
      themes: z.array(z.object({ theme: z.string(), score: z.number().nullable(), share: z.number().nullable(), rank: z.number().int().nullable(), suppressed: z.boolean() })),
    })
    .optional()
    .describe('With rankWeighting: per theme the sum of respondents’ weights (score), score / respondents (share) and rank; themes suppressed in the summary are suppressed here'),
});

const ThemeTest = z.union([
  z.object({
    testable: z.literal(true),
    statistic: z.number(),
    df: z.number().int(),
    pValue: z.number(),
    adjustedP: z.number(),
    lowExpected: z.object({ cellsBelow5: z.number().int(), cells: z.number().int(), share: z.number(), flagged: z.boolean() }),
  }),
  z.object({ testable: z.literal(false), reason: z.string() }),
]);
const ThemeComparison = z.object({
  theme: z.string(),
  overall: z.object({ respondents: Count, n: Count, share: Share }),
  test: ThemeTest.describe('chi-square test of independence, group × mentioned'),
  groups: z.array(
    z.object({
      group: z.string(),
      respondents: Count,
      n: Count,
      share: Share,
      interval: Interval,
      residual: z.number().nullable().describe("Haberman's adjusted residual: this group against all the others"),
      pValue: z.number().nullable(),
      adjustedP: z.number().nullable(),
      tested: z.boolean(),
      significant: z.boolean(),
      direction: z.enum(['higher', 'lower']).nullable(),
    }),
  ),
  pairs: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      shareA: z.number().nullable(),
      shareB: z.number().nullable(),
      difference: z.number().nullable().describe('shareA − shareB'),
      z: z.number().nullable(),
      pValue: z.number().nullable(),
      adjustedP: z.number().nullable(),
      tested: z.boolean(),
      significant: z.boolean(),
    }),
  ).describe('every pair of groups, up to 12 groups'),
  // by=wave only (wave-basis.ts)
  basis: z.record(z.string(), z.array(z.string())).optional().describe('by=wave: per wave, the questions the theme is counted from'),
  comparable: z.boolean().optional().describe('by=wave: false when no question it is counted from was asked in every wave'),
  onlyInWaves: z.array(z.string()).nullable().optional(),
  note: Sentence.nullable().optional(),
});
const Comparison = z.object({
  kind: z.enum(['community', 'wave']),
  alpha: z.number(),
  adjustment: z.enum(['holm', 'benjamini-hochberg', 'none']),
  respondents: Count,
  groups: z.array(z.object({ group: z.string(), respondents: Count })),
  themes: z.array(ThemeComparison),
  flags: z.array(
    z.object({
      kind: z.enum(['vs-overall', 'pairwise']),
      theme: z.string(),
      group: z.string(),
      otherGroup: z.string().nullable(),
      direction: z.enum(['higher', 'lower']),
      share: z.number(),
      comparisonShare: z.number(),
      adjustedP: z.number(),
      text: Sentence,
    }),
  ).describe('what stays significant after correcting for every test of its kind, in plain language'),
  minimum: z.number().int().optional().describe('when suppressed'),
});
export const CompareOutput = z.object({
  by: z.enum(['community', 'wave']),
  consultations: z.number().int(),
  source: z.enum(['combined', 'closed', 'open']),
  ...Privacy,
  comparison: Comparison.describe('Chi-square per theme, adjusted residuals, Holm-corrected pairwise tests, plain-language flags'),
});
const GapRow = z.object({
  theme: z.string(),
  newcomers: z.object({ n: Count, share: Share }),
  providers: z.object({ n: Count, share: Share }),
  difference: z.number().nullable().describe('newcomer share − provider share'),
  pValue: z.number().nullable(),
  adjustedP: z.number().nullable(),
  diverges: z.boolean(),
  direction: z.enum(['newcomers', 'providers']).nullable(),
  text: Sentence.nullable(),
});
export const GapOutput = z.object({
  ...Privacy,
  gaps: z
    .array(z.object({ community: z.string(), newcomerRespondents: Count, providerRespondents: Count, rows: z.array(GapRow) }))
    .describe('Per community: newcomer needs against provider-reported gaps'),
});
