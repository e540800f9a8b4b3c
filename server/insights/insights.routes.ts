import { Hono } from 'hono';
import { z } from 'zod';
import { audienceGaps, compareGroups } from '../../analysis/comparisons';
import { DEFAULT_MINIMUM_CELL, suppressComparison, suppressGaps, suppressSummary } from '../../analysis/privacy';
import { summarizeCounts } from '../../analysis/summaries';
import { TOPIC_CODES } from '../../analysis/taxonomy';
import type { AppDeps } from '../app-deps';
import type { AuthEnv } from '../auth/bearer.middleware';
import { isMember, type Caller } from '../auth/caller';
import { AppError } from '../errors';
import { groupCounts, sliceConsultations, type Slice, type SliceConsultation } from './aggregates.repository';

const SliceQuery = z.object({
  partnershipId: z.string().optional(),
  consultationId: z.string().optional(),
  audience: z.enum(['newcomers', 'providers']).optional(),
  wave: z.string().optional(),
  questionnaire: z.string().optional(),
  version: z.coerce.number().int().positive().optional(),
  community: z.string().optional(),
  locale: z.string().optional(),
  source: z.enum(['combined', 'closed', 'open']).default('combined'),
  suppress: z.enum(['true', 'false']).optional(),
  minimum: z.coerce.number().int().min(1).max(1000).optional(),
});

type SliceParams = z.infer<typeof SliceQuery>;

function readSlice(query: Record<string, string>): SliceParams {
  const parsed = SliceQuery.safeParse(query);
  if (!parsed.success) {
    throw new AppError(400, 'invalid_body', 'Some query parameters are not valid; see fields.', parsed.error.issues.map((i) => ({ field: i.path.join('.'), code: i.code, message: i.message })));
  }
  return parsed.data;
}

/**
 * Members see their partnership's aggregates as they are (or suppressed, on request); anything
 * reaching outside the caller's partnership is suppressed, with at least the default threshold.
 */
function privacyFor(caller: Caller, consultations: readonly SliceConsultation[], params: SliceParams) {
  const insider = consultations.every((c) => isMember(caller, c.partnershipId));
  const minimum = insider ? (params.minimum ?? DEFAULT_MINIMUM_CELL) : Math.max(params.minimum ?? DEFAULT_MINIMUM_CELL, DEFAULT_MINIMUM_CELL);
  return { suppressed: !insider || params.suppress === 'true', minimum };
}

/** Theme-frequency summaries, comparisons across communities or waves, and the newcomer/provider gap. */
export function insightRoutes({ db }: AppDeps) {
  async function load(params: SliceParams) {
    const slice: Slice = params;
    const consultations = await sliceConsultations(db, slice);
    return { slice, consultations };
  }

  return new Hono<AuthEnv>()
    .get('/summary', async (c) => {
      const params = readSlice(c.req.query());
      const { slice, consultations } = await load(params);
      const privacy = privacyFor(c.get('caller'), consultations, params);
      const [counts] = await groupCounts(db, consultations, slice, 'none', params.source);
      const summary = summarizeCounts(counts ?? { respondents: 0, mentions: {} }, { themes: TOPIC_CODES });
      return c.json({
        consultations: consultations.length,
        source: params.source,
        ...privacy,
        summary: privacy.suppressed ? suppressSummary(summary, privacy.minimum) : summary,
      });
    })
    .get('/compare', async (c) => {
      const params = readSlice(c.req.query());
      const by = c.req.query('by') === 'wave' ? 'wave' : 'community';
      const { slice, consultations } = await load(params);
      const privacy = privacyFor(c.get('caller'), consultations, params);
      const groups = await groupCounts(db, consultations, slice, by, params.source);
      const comparison = compareGroups(groups, { themes: TOPIC_CODES, kind: by, pairwise: groups.length <= 12 });
      return c.json({
        by,
        consultations: consultations.length,
        source: params.source,
        ...privacy,
        comparison: privacy.suppressed ? suppressComparison(comparison, privacy.minimum, { publishOverall: by === 'community' }) : comparison,
      });
    })
    .get('/gap', async (c) => {
      const params = readSlice(c.req.query());
      const newcomers = await load({ ...params, audience: 'newcomers' });
      const providers = await load({ ...params, audience: 'providers' });
      const privacy = privacyFor(c.get('caller'), [...newcomers.consultations, ...providers.consultations], params);
      const newcomerGroups = await groupCounts(db, newcomers.consultations, newcomers.slice, 'community', 'combined');
      const providerGroups = await groupCounts(db, providers.consultations, providers.slice, 'community', 'combined');
      const communities = [...new Set([...newcomerGroups, ...providerGroups].map((g) => g.group))].sort();
      const empty = { respondents: 0, mentions: {} };
      const gaps = audienceGaps(
        communities.map((community) => ({
          community,
          newcomers: newcomerGroups.find((g) => g.group === community) ?? empty,
          providers: providerGroups.find((g) => g.group === community) ?? empty,
        })),
        { themes: TOPIC_CODES },
      );
      return c.json({ ...privacy, gaps: privacy.suppressed ? suppressGaps(gaps, privacy.minimum) : gaps });
    });
}
