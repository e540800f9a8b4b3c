import type { Kysely, Selectable } from 'kysely';
import type { Database, PartnershipMemberTable, PartnershipTable } from '../db/schema';
import { newId } from '../lib/ids';
import { parseJsonColumn } from '../lib/json-column';

export interface Member {
  id: string;
  organization: string;
  sector: string;
}

export interface Partnership {
  id: string;
  name: string;
  communities: string[];
  members: Member[];
  createdAt: string;
}

function rowToPartnership(row: Selectable<PartnershipTable>, members: Selectable<PartnershipMemberTable>[]): Partnership {
  return {
    id: row.id,
    name: row.name,
    communities: parseJsonColumn<string[]>(row.communities),
    members: members.map((m) => ({ id: m.id, organization: m.organization, sector: m.sector })),
    createdAt: row.created_at,
  };
}

export async function createPartnership(
  db: Kysely<Database>,
  input: { name: string; communities: string[]; members?: Omit<Member, 'id'>[] },
  now: string,
): Promise<Partnership> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('partnerships').values({ id, name: input.name, communities: JSON.stringify(input.communities), created_at: now }).execute();
    for (const member of input.members ?? []) await addMemberRow(trx, id, member, now);
  });
  return (await findPartnership(db, id))!;
}

async function addMemberRow(db: Kysely<Database>, partnershipId: string, member: Omit<Member, 'id'>, now: string) {
  const id = newId();
  await db
    .insertInto('partnership_members')
    .values({ id, partnership_id: partnershipId, organization: member.organization, sector: member.sector, created_at: now })
    .execute();
  return id;
}

export async function addMember(db: Kysely<Database>, partnershipId: string, member: Omit<Member, 'id'>, now: string): Promise<Member> {
  const id = await addMemberRow(db, partnershipId, member, now);
  return { id, ...member };
}

export async function findPartnership(db: Kysely<Database>, id: string): Promise<Partnership | undefined> {
  const row = await db.selectFrom('partnerships').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const members = await db.selectFrom('partnership_members').selectAll().where('partnership_id', '=', id).orderBy('created_at').execute();
  return rowToPartnership(row, members);
}

/** Every partnership, or those whose ids are given. */
export async function listPartnerships(db: Kysely<Database>, onlyIds: 'all' | readonly string[] = 'all'): Promise<Partnership[]> {
  if (onlyIds !== 'all' && onlyIds.length === 0) return [];
  let query = db.selectFrom('partnerships').selectAll().orderBy('name');
  if (onlyIds !== 'all') query = query.where('id', 'in', onlyIds);
  const rows = await query.execute();
  const members = rows.length
    ? await db.selectFrom('partnership_members').selectAll().where('partnership_id', 'in', rows.map((r) => r.id)).orderBy('created_at').execute()
    : [];
  return rows.map((row) => rowToPartnership(row, members.filter((m) => m.partnership_id === row.id)));
}
