import type { Readable } from 'node:stream';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../accounts/bootstrap';
import { hashPassword } from '../accounts/passwords';
import { createUser, findUserWithHash, setRole, updateUser } from '../accounts/users.repository';
import { connectDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { findPartnership } from '../partnerships/partnerships.repository';

export interface UserAddOptions {
  email: string;
  name: string;
  admin: boolean;
  partnership?: { id: string; role: 'admin' | 'researcher' | 'viewer' };
}

export class UserCommandError extends Error {}

/** The password comes from TESSERA_PASSWORD or the first line of stdin: never from argv, which `ps` shows. */
export async function readPassword(env: NodeJS.ProcessEnv, stdin: Readable): Promise<string> {
  if (env.TESSERA_PASSWORD) return env.TESSERA_PASSWORD;
  if ((stdin as { isTTY?: boolean }).isTTY) process.stderr.write('Password (input is shown; prefer TESSERA_PASSWORD or a pipe): ');
  let text = '';
  for await (const chunk of stdin) {
    text += chunk.toString();
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Creates a person (or updates the one with this email) in the database DATABASE_URL names. */
export async function runUserAdd(options: UserAddOptions, password: string, databaseUrl: string): Promise<string> {
  if (!z.email().safeParse(options.email).success) throw new UserCommandError(`--email ${options.email} is not an email address`);
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UserCommandError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters (give it in TESSERA_PASSWORD or on stdin)`);
  }
  const handle = connectDatabase(databaseUrl);
  try {
    await migrateToLatest(handle.db, handle.dialect);
    const now = new Date().toISOString();
    if (options.partnership && !(await findPartnership(handle.db, options.partnership.id))) {
      throw new UserCommandError(`no partnership has the id ${options.partnership.id}`);
    }
    const passwordHash = await hashPassword(password);
    const existing = await findUserWithHash(handle.db, options.email);
    const userId = existing
      ? (await updateUser(handle.db, existing.id, { passwordHash, name: options.name, ...(options.admin && { isAdmin: true }) }), existing.id)
      : (await createUser(handle.db, { email: options.email, name: options.name, passwordHash, isAdmin: options.admin }, now)).id;
    if (options.partnership) await setRole(handle.db, userId, options.partnership.id, options.partnership.role, now);
    const what = [options.admin && 'admin', options.partnership && `${options.partnership.role} of ${options.partnership.id}`].filter(Boolean).join(', ');
    return `${existing ? 'Updated' : 'Added'} ${options.email.trim().toLowerCase()}${what ? ` (${what})` : ''}.`;
  } finally {
    await handle.close();
  }
}
