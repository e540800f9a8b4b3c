import type { Kysely } from 'kysely';
import { closedThemeWeights, type RankWeighting } from '../../analysis/coding';
import type { ThemeSource, WeightedRespondent } from '../../analysis/summaries';
import { codingPlan } from '../coding/coding-plan';
import type { Database } from '../db/schema';
import { parseJsonColumn } from '../lib/json-column';
import type { Slice, SliceConsultation } from './aggregates.repository';

const PAGE = 500;

/**
 * Each coded respondent of a slice with their themes' weights: closed themes from the answers
 * and the frozen questionnaire (ranked choices weighted by place), open themes from
 * response_themes at weight 1. Unlike the counts this reads every response of the slice, a
 * page at a time, so it is computed only when a summary asks for rank weighting.
 */
export async function rankWeightedRespondents(
  db: Kysely<Database>,
  consultations: readonly SliceConsultation[],
  slice: Slice,
  source: ThemeSource,
  weighting: RankWeighting,
): Promise<WeightedRespondent[]> {
  const rows: WeightedRespondent[] = [];
  for (const consultation of consultations) {
    let after = 0;
    for (;;) {
      let query = db
        .selectFrom('responses')
        .select(['id', 'seq', 'answers', 'questionnaire_version_id'])
        .where('consultation_id', '=', consultation.id)
        .where('coded_at', 'is not', null)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(PAGE);
      if (slice.community) query = query.where('community', '=', slice.community);
      if (slice.locale) query = query.where('locale', '=', slice.locale);
      const page = await query.execute();
      if (page.length === 0) break;
      const open = source === 'closed' ? new Map<string, string[]>() : await openThemes(db, page.map((response) => response.id));
      for (const response of page) {
        const weights = new Map<string, number>();
        if (source !== 'open') {
          const { survey } = await codingPlan(db, response.questionnaire_version_id);
          for (const [theme, weight] of closedThemeWeights(survey, parseJsonColumn(response.answers), weighting)) weights.set(theme, weight);
        }
        for (const theme of open.get(response.id) ?? []) weights.set(theme, 1);
        rows.push(weights);
      }
      if (page.length < PAGE) break;
      after = Number(page.at(-1)!.seq);
    }
  }
  return rows;
}

async function openThemes(db: Kysely<Database>, responseIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('response_themes').select(['response_id', 'theme']).where('response_id', 'in', [...responseIds]).where('open', '=', 1).execute();
  const byResponse = new Map<string, string[]>();
  for (const row of rows) byResponse.set(row.response_id, [...(byResponse.get(row.response_id) ?? []), row.theme]);
  return byResponse;
}
