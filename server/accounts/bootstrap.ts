import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { hashPassword } from './passwords';
import { anyAdminUser, createUser, findUserWithHash, updateUser } from './users.repository';

export const DEMO_ADMIN_EMAIL = 'admin@demo.tessera.local';
export const MIN_PASSWORD_LENGTH = 10;

/** Creates an admin, or makes an existing account an admin with this password. */
export async function ensureAdminUser(
  db: Kysely<Database>,
  input: { email: string; password: string; name?: string },
  now: string,
): Promise<'created' | 'updated'> {
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserWithHash(db, input.email);
  if (existing) {
    await updateUser(db, existing.id, { passwordHash, isAdmin: true, ...(input.name && { name: input.name }) });
    return 'updated';
  }
  await createUser(db, { email: input.email, name: input.name ?? 'Admin', passwordHash, isAdmin: true }, now);
  return 'created';
}

/**
 * A demo database with nobody able to sign in gets an admin with a random password; the caller
 * prints it once. Returns undefined when an admin already exists.
 */
export async function ensureDemoAdmin(db: Kysely<Database>, now: string): Promise<{ email: string; password: string } | undefined> {
  if (await anyAdminUser(db)) return undefined;
  const password = randomBytes(12).toString('base64url');
  await ensureAdminUser(db, { email: DEMO_ADMIN_EMAIL, password, name: 'Demo admin' }, now);
  return { email: DEMO_ADMIN_EMAIL, password };
}
