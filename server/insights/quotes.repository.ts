import type { Kysely } from 'kysely';
import { answerAt } from '../../analysis/coding';
import { redactQuote, withoutPlaceholders, type Quote } from '../../analysis/privacy';
import type { Database } from '../db/schema';
import { parseJsonColumn } from '../lib/json-column';

const PER_THEME = 2;
const MAX_LENGTH = 280;
const MIN_LENGTH = 12;

/**
 * Candidate quotes for a report: open answers whose theme still stands after review, answers a
 * person reviewed first. The report keeps only those from published cells (analysis/privacy).
 * Contact details and identifiers are redacted here, before a quote leaves the database layer,
 * with placeholders in the respondent's language (the language the quote is shown in).
 */
export async function candidateQuotes(db: Kysely<Database>, consultationIds: readonly string[], themes: readonly string[]): Promise<Quote[]> {
  if (consultationIds.length === 0) return [];
  const quotes: Quote[] = [];
  for (const theme of themes) {
    const rows = await db
      .selectFrom('answer_codes as ac')
      .innerJoin('response_themes as rt', (join) => join.onRef('rt.response_id', '=', 'ac.response_id').onRef('rt.theme', '=', 'ac.theme'))
      .innerJoin('responses as r', 'r.id', 'ac.response_id')
      .leftJoin('answer_reviews as ar', (join) => join.onRef('ar.response_id', '=', 'ac.response_id').onRef('ar.question', '=', 'ac.question'))
      .select(['ac.question', 'r.answers', 'r.community', 'r.locale', 'ar.status as review'])
      .where('ac.consultation_id', 'in', [...consultationIds])
      .where('ac.theme', '=', theme)
      .where('ac.status', '=', 'accepted')
      .where('rt.open', '=', 1)
      .orderBy('ar.status', 'desc')
      .orderBy('r.seq')
      .limit(PER_THEME * 5)
      .execute();
    const seen = new Set<string>();
    for (const row of rows) {
      const text = answerAt(parseJsonColumn<Record<string, unknown>>(row.answers), row.question);
      if (typeof text !== 'string' || text.trim().length < MIN_LENGTH || text.length > MAX_LENGTH) continue;
      const redacted = redactQuote(text.trim(), row.locale).text;
      const own = withoutPlaceholders(redacted);
      // Mostly placeholders ("call me at [phone number removed]") says nothing about the theme.
      if (own.length < MIN_LENGTH || own.length * 2 < redacted.length || seen.has(redacted)) continue;
      seen.add(redacted);
      quotes.push({ text: redacted, theme, community: row.community, language: row.locale });
      if (seen.size === PER_THEME) break;
    }
  }
  return quotes;
}
