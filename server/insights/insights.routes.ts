import { Hono } from 'hono';
import type { z } from 'zod';
import { audienceGaps, compareGroups, waveBasis, type AudienceGapInput } from '../../analysis/comparisons';
import { DEFAULT_MINIMUM_CELL, suppressComparison, suppressGaps, suppressSummary } from '../../analysis/privacy';
import { prepareReport, renderReport } from '../../analysis/reports';
import { summarizeCounts, summarizeWeighted, type GroupCounts } from '../../analysis/summaries';
import { TOPIC_CODES } from '../../analysis/taxonomy';
import type { AppDeps } from '../app-deps';
import type { AuthEnv } from '../auth/bearer.middleware';
import { assertCanRead, isMember, type Caller } from '../auth/caller';
import { AppError } from '../errors';
import { groupCounts, sliceConsultations, type Slice, type SliceConsultation } from './aggregates.repository';
import { candidateQuotes } from './quotes.repository';
import { waveQuestions } from './wave-basis.repository';
import { findPartnership } from '../partnerships/partnerships.repository';
import { CompareQuery, ReportQuery, SliceQuery, SummaryQuery, type SliceParams } from './insights.schemas';
import { rankWeightedRespondents } from './rank-weighted.repository';
import { viewComparison, type CompareView } from './compare-view';

function readSlice(query: Record<string, string>): SliceParams {
  return readQuery(SliceQuery, query);
}

const CompareViewQuery = CompareQuery.pick({ lang: true, flags: true });

function readCompareView(query: Record<string, string>): CompareView {
  return readQuery(CompareViewQuery, query);
}

function readQuery<T extends z.ZodType>(schema: T, query: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    throw new AppError(400, 'invalid_body', 'Some query parameters are not valid; see fields.', parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), code: i.code, message: i.message })));
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

const NO_RESPONDENTS = { respondents: 0, mentions: {} };

/** Newcomer and provider counts side by side, per community; a side with no respondents counts as empty. */
function gapInputs(communities: readonly string[], newcomers: readonly GroupCounts[], providers: readonly GroupCounts[]): AudienceGapInput[] {
  return communities.map((community) => ({
    community,
    newcomers: newcomers.find((g) => g.group === community) ?? NO_RESPONDENTS,
    providers: providers.find((g) => g.group === community) ?? NO_RESPONDENTS,
  }));
}

/** Theme-frequency summaries, comparisons across communities or waves, and the newcomer/provider gap. */
export function insightRoutes({ db }: AppDeps) {
  async function load(params: SliceParams) {
    const slice: Slice = params;
    const consultations = await sliceConsultations(db, slice);
    return { slice, consultations };
  }

  /** Each theme says which questions it rests on per wave, and whether only some waves asked them. */
  async function withWaveBasis<T extends { themes: ReadonlyArray<{ theme: string }> }>(comparison: T, consultations: readonly SliceConsultation[], source: SliceParams['source']) {
    const basis = new Map(waveBasis(await waveQuestions(db, consultations, source), TOPIC_CODES).map(({ theme, ...rest }) => [theme, rest]));
    return { ...comparison, themes: comparison.themes.map((theme) => ({ ...theme, ...basis.get(theme.theme) })) };
  }

  return new Hono<AuthEnv>()
    .get('/summary', async (c) => {
      const { rankWeighting, ...params } = readQuery(SummaryQuery, c.req.query());
      const { slice, consultations } = await load(params);
      const privacy = privacyFor(c.get('caller'), consultations, params);
      const [counts] = await groupCounts(db, consultations, slice, 'none', params.source);
      const summary = summarizeCounts(counts ?? { respondents: 0, mentions: {} }, { themes: TOPIC_CODES });
      const published = privacy.suppressed ? suppressSummary(summary, privacy.minimum) : summary;
      let rankWeighted;
      if (rankWeighting !== 'none') {
        const rows = await rankWeightedRespondents(db, consultations, slice, params.source, rankWeighting);
        const hidden = new Set(published.themes.filter((theme) => theme.suppressed).map((theme) => theme.theme));
        const weighted = summarizeWeighted(rows, TOPIC_CODES, hidden);
        // The respondents are those of the summary; when it hides their number, so does this.
        rankWeighted = { weighting: rankWeighting, ...weighted, respondents: published.respondents === null ? null : weighted.respondents };
      }
      return c.json({
        consultations: consultations.length,
        source: params.source,
        ...privacy,
        summary: published,
        ...(rankWeighted && { rankWeighted }),
      });
    })
    .get('/compare', async (c) => {
      const params = readSlice(c.req.query());
      const by = CompareQuery.shape.by.parse(c.req.query('by')) ?? 'community';
      const view = readCompareView(c.req.query());
      const { slice, consultations } = await load(params);
      const privacy = privacyFor(c.get('caller'), consultations, params);
      const groups = await groupCounts(db, consultations, slice, by, params.source);
      const comparison = compareGroups(groups, { themes: TOPIC_CODES, kind: by, pairwise: groups.length <= 12 });
      const published = privacy.suppressed ? withoutCellKeys(suppressComparison(comparison, privacy.minimum, { publishOverall: by === 'community' })) : comparison;
      return c.json({
        by,
        consultations: consultations.length,
        source: params.source,
        ...privacy,
        comparison: viewComparison(by === 'wave' ? await withWaveBasis(published, consultations, params.source) : published, view),
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
      const gaps = audienceGaps(gapInputs(communities, newcomerGroups, providerGroups), { themes: TOPIC_CODES });
      return c.json({ ...privacy, gaps: privacy.suppressed ? suppressGaps(gaps, privacy.minimum) : gaps });
    })
    .get('/report', async (c) => {
      const query = ReportQuery.partial().parse(c.req.query());
      const partnershipId = query.partnershipId ?? '';
      const wave = query.wave ?? '';
      const partnership = await findPartnership(db, partnershipId);
      if (!partnership || !wave) {
        throw new AppError(400, 'invalid_body', 'A report needs ?partnershipId= of a partnership and ?wave= (e.g. 2026).');
      }
      // The report is built to be published: every figure is suppressed, so any member may read it.
      assertCanRead(c.get('caller'), partnership.id);
      const audience = query.audience ?? 'newcomers';
      const lang = query.lang ?? 'en';
      const format = query.format ?? 'html';
      const paper = query.paper ?? 'letter';
      const thisWave = await sliceConsultations(db, { partnershipId, wave, audience });
      const allWaves = await sliceConsultations(db, { partnershipId, audience });
      const newcomers = await sliceConsultations(db, { partnershipId, wave, audience: 'newcomers' });
      const providers = await sliceConsultations(db, { partnershipId, wave, audience: 'providers' });
      const communities = await groupCounts(db, thisWave, {}, 'community', 'combined');
      const waves = await groupCounts(db, allWaves, {}, 'wave', 'combined');
      const newcomerGroups = await groupCounts(db, newcomers, {}, 'community', 'combined');
      const providerGroups = await groupCounts(db, providers, {}, 'community', 'combined');
      const gapCommunities = providerGroups.length ? newcomerGroups.map((g) => g.group) : [];
      const data = prepareReport({
        partnership: partnership.name,
        wave,
        audience,
        communities,
        waves,
        waveBasis: waveBasis(await waveQuestions(db, allWaves, 'combined'), TOPIC_CODES),
        gaps: gapInputs(gapCommunities, newcomerGroups, providerGroups),
        quotes: await candidateQuotes(db, thisWave.map((consultation) => consultation.id), TOPIC_CODES),
      });
      const text = renderReport(data, { lang, format, paper });
      return format === 'html' ? c.html(text) : c.text(text, 200, { 'content-type': 'text/markdown; charset=utf-8' });
    });
}

/** The hidden cells' keys serve other sections on the server (a Set, `{}` in JSON): not part of the answer. */
function withoutCellKeys<T extends { hidden: unknown }>({ hidden: _hidden, ...comparison }: T): Omit<T, 'hidden'> {
  return comparison;
}
