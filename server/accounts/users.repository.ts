import type { Kysely } from 'kysely';
import type { Caller, Role } from '../auth/caller';
import type { Database, UserTable } from '../db/schema';
import { newId } from '../lib/ids';

export type Locale = 'en' | 'fr';

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isAdmin: boolean;
}

export interface UserMembership {
  partnershipId: string;
  partnershipName: string;
  role: Role;
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

function rowToUser(row: Pick<UserTable, 'id' | 'email' | 'name' | 'locale' | 'is_admin'>): User {
  return { id: row.id, email: row.email, name: row.name, locale: row.locale, isAdmin: row.is_admin === 1 };
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(['id', 'email', 'name', 'locale', 'is_admin']).where('id', '=', id).executeTakeFirst();
  return row && rowToUser(row);
}

export async function findUserWithHash(db: Kysely<Database>, email: string): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
  return row && { ...rowToUser(row), passwordHash: row.password_hash };
}

export async function createUser(
  db: Kysely<Database>,
  input: { email: string; name: string; passwordHash: string; isAdmin: boolean; locale?: Locale },
  now: string,
): Promise<User> {
  const row = {
    id: newId(),
    email: normalizeEmail(input.email),
    name: input.name,
    password_hash: input.passwordHash,
    locale: input.locale ?? 'en',
    is_admin: input.isAdmin ? 1 : 0,
    created_at: now,
  } as const;
  await db.insertInto('users').values(row).execute();
  return rowToUser(row);
}

export async function updateUser(
  db: Kysely<Database>,
  id: string,
  changes: { passwordHash?: string; locale?: Locale; name?: string; isAdmin?: boolean },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      ...(changes.locale !== undefined && { locale: changes.locale }),
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.isAdmin !== undefined && { is_admin: changes.isAdmin ? 1 : 0 }),
    })
    .where('id', '=', id)
    .execute();
}

/** Written when a session opens (sign-in, or accepting an invitation), never on other requests. */
export async function recordSignIn(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', id).execute();
}

/** One person as a global admin's list of everyone shows them. */
export interface Account {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  memberships: UserMembership[];
  createdAt: string;
  lastSignInAt: string | null;
}

/**
 * Everyone with an account, by email, with their roles: two queries whatever the number of
 * people (a partnership has tens, a Tessera server hundreds), joined here rather than per person.
 */
export async function listAccounts(db: Kysely<Database>): Promise<Account[]> {
  const users = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'is_admin', 'created_at', 'last_sign_in_at'])
    .orderBy('email')
    .execute();
  const roles = await db
    .selectFrom('user_roles')
    .innerJoin('partnerships', 'partnerships.id', 'user_roles.partnership_id')
    .select(['user_roles.user_id', 'user_roles.partnership_id', 'partnerships.name', 'user_roles.role'])
    .orderBy('partnerships.name')
    .execute();
  const membershipsByUser = new Map<string, UserMembership[]>();
  for (const row of roles) {
    const list = membershipsByUser.get(row.user_id) ?? [];
    list.push({ partnershipId: row.partnership_id, partnershipName: row.name, role: row.role });
    membershipsByUser.set(row.user_id, list);
  }
  return users.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name.trim() === '' ? null : row.name,
    isAdmin: row.is_admin === 1,
    memberships: membershipsByUser.get(row.id) ?? [],
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
  }));
}

export async function anyAdminUser(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('is_admin', '=', 1).limit(1).executeTakeFirst()) !== undefined;
}

export async function membershipsOf(db: Kysely<Database>, userId: string): Promise<UserMembership[]> {
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('partnerships', 'partnerships.id', 'user_roles.partnership_id')
    .select(['user_roles.partnership_id', 'partnerships.name', 'user_roles.role'])
    .where('user_roles.user_id', '=', userId)
    .orderBy('partnerships.name')
    .execute();
  return rows.map((row) => ({ partnershipId: row.partnership_id, partnershipName: row.name, role: row.role }));
}

/** Gives a person a role in a partnership, or changes the one they have. */
export async function setRole(db: Kysely<Database>, userId: string, partnershipId: string, role: Role, now: string): Promise<void> {
  await db
    .insertInto('user_roles')
    .values({ user_id: userId, partnership_id: partnershipId, role, created_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'partnership_id']).doUpdateSet({ role }))
    .execute();
}

export async function removeRole(db: Kysely<Database>, userId: string, partnershipId: string): Promise<boolean> {
  const result = await db.deleteFrom('user_roles').where('user_id', '=', userId).where('partnership_id', '=', partnershipId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function peopleOf(db: Kysely<Database>, partnershipId: string) {
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select(['users.id', 'users.email', 'users.name', 'user_roles.role'])
    .where('user_roles.partnership_id', '=', partnershipId)
    .orderBy('users.name')
    .execute();
  return rows.map((row) => ({ userId: row.id, email: row.email, name: row.name, role: row.role }));
}

export function userCaller(user: User, memberships: readonly UserMembership[]): Caller {
  return {
    kind: 'user',
    actorId: user.id,
    isAdmin: user.isAdmin,
    memberships: memberships.map(({ partnershipId, role }) => ({ partnershipId, role })),
  };
}
