import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface RespondentThemes {
  responseId: string;
  consultationId: string;
  community: string;
  locale: string;
  /** theme → whether a closed answer, an open answer, or both, named it */
  themes: Map<string, { closed: boolean; open: boolean }>;
  /** true the first time a response is coded: it then joins the respondent counts */
  firstTime: boolean;
}

type Delta = { nAny: number; nClosed: number; nOpen: number };

const ROWS_PER_INSERT = 1000; // 7 parameters a row, well under SQLite's 32,766 and PostgreSQL's 65,535

/**
 * Replaces respondents' effective themes and moves the aggregate counts by the difference, in
 * the caller's transaction: the counts can never drift from response_themes. Deltas of a whole
 * batch are summed first, so a batch costs a handful of statements, not a few per respondent.
 */
export async function replaceRespondentThemes(trx: Kysely<Database>, batch: readonly RespondentThemes[]): Promise<void> {
  if (batch.length === 0) return;
  const recoded = batch.filter((item) => !item.firstTime).map((item) => item.responseId);
  const previous = recoded.length
    ? await trx.selectFrom('response_themes').select(['response_id', 'theme', 'closed', 'open']).where('response_id', 'in', recoded).execute()
    : [];
  const byResponse = new Map(batch.map((item) => [item.responseId, item]));
  const themeDeltas = new Map<string, Delta & { consultationId: string; community: string; locale: string; theme: string }>();
  const move = (item: RespondentThemes, theme: string, sign: 1 | -1, closed: boolean, open: boolean) => {
    const key = `${item.consultationId}\u0000${item.community}\u0000${item.locale}\u0000${theme}`;
    let d = themeDeltas.get(key);
    if (!d) themeDeltas.set(key, (d = { consultationId: item.consultationId, community: item.community, locale: item.locale, theme, nAny: 0, nClosed: 0, nOpen: 0 }));
    d.nAny += sign;
    d.nClosed += closed ? sign : 0;
    d.nOpen += open ? sign : 0;
  };
  for (const row of previous) move(byResponse.get(row.response_id)!, row.theme, -1, Number(row.closed) === 1, Number(row.open) === 1);
  for (const item of batch) for (const [theme, via] of item.themes) move(item, theme, 1, via.closed, via.open);

  if (recoded.length) await trx.deleteFrom('response_themes').where('response_id', 'in', recoded).execute();
  const rows = batch.flatMap((item) =>
    [...item.themes].map(([theme, via]) => ({
      response_id: item.responseId,
      consultation_id: item.consultationId,
      community: item.community,
      locale: item.locale,
      theme,
      closed: via.closed ? 1 : 0,
      open: via.open ? 1 : 0,
    })),
  );
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await trx.insertInto('response_themes').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
  }

  const changed = [...themeDeltas.values()].filter((d) => d.nAny || d.nClosed || d.nOpen);
  for (let i = 0; i < changed.length; i += ROWS_PER_INSERT) {
    await trx
      .insertInto('theme_counts')
      .values(
        changed.slice(i, i + ROWS_PER_INSERT).map((d) => ({
          consultation_id: d.consultationId,
          community: d.community,
          locale: d.locale,
          theme: d.theme,
          n_any: d.nAny,
          n_closed: d.nClosed,
          n_open: d.nOpen,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['consultation_id', 'community', 'locale', 'theme']).doUpdateSet({
          n_any: sql`theme_counts.n_any + excluded.n_any`,
          n_closed: sql`theme_counts.n_closed + excluded.n_closed`,
          n_open: sql`theme_counts.n_open + excluded.n_open`,
        }),
      )
      .execute();
  }

  const newRespondents = new Map<string, { consultation_id: string; community: string; locale: string; n: number }>();
  for (const item of batch.filter((b) => b.firstTime)) {
    const key = `${item.consultationId}\u0000${item.community}\u0000${item.locale}`;
    const entry = newRespondents.get(key) ?? { consultation_id: item.consultationId, community: item.community, locale: item.locale, n: 0 };
    entry.n += 1;
    newRespondents.set(key, entry);
  }
  if (newRespondents.size) {
    await trx
      .insertInto('respondent_counts')
      .values([...newRespondents.values()])
      .onConflict((oc) => oc.columns(['consultation_id', 'community', 'locale']).doUpdateSet({ n: sql`respondent_counts.n + excluded.n` }))
      .execute();
  }
}
