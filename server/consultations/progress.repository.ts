import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Consultation } from './consultations.repository';
import { countsBy } from './response-counts.repository';

export interface Count<K extends string> {
  key: K;
  n: number;
}

export interface Progress {
  total: number;
  byCommunity: Count<string>[];
  byLocale: Count<string>[];
  byChannel: Count<'kiosk' | 'phone' | 'web'>[];
  /** Days as stored (received_on is a date only), oldest first. */
  byDay: Count<string>[];
  /** Open answers the coder was unsure of, waiting for a person's decision. */
  reviewPending: number;
}

/**
 * Every community, language and channel the consultation offers is listed, with 0 when
 * nothing came from it yet: a community that stays at 0 is what staff watch for. Values that
 * are no longer offered but have answers are listed after them.
 */
function withZeros<K extends string>(offered: readonly K[], counts: Map<string, number>): Count<K>[] {
  const keys = [...offered, ...[...counts.keys()].filter((key) => !offered.includes(key as K)) as K[]];
  return keys.map((key) => ({ key, n: counts.get(key) ?? 0 }));
}

/** How many responses came in, split four ways, and how many answers wait in the review queue. */
export async function consultationProgress(db: Kysely<Database>, consultation: Consultation): Promise<Progress> {
  const id = consultation.id;
  const [communities, locales, channels, days, pending] = await Promise.all([
    countsBy(db, id, 'community'),
    countsBy(db, id, 'locale'),
    countsBy(db, id, 'channel'),
    countsBy(db, id, 'received_on'),
    db
      .selectFrom('answer_reviews')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('consultation_id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst(),
  ]);
  return {
    total: [...communities.values()].reduce((sum, n) => sum + n, 0),
    byCommunity: withZeros(consultation.communities, communities),
    byLocale: withZeros(consultation.locales, locales),
    byChannel: withZeros(['kiosk', 'phone', 'web'] as const, channels),
    byDay: [...days].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => ({ key, n })),
    reviewPending: Number(pending?.n ?? 0),
  };
}
