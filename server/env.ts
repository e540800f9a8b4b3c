import { z } from 'zod';
import { resolve } from 'node:path';
import type { AuthSettings } from './accounts/auth-settings';

/** The one module that reads the environment; everything else receives a Config. */
export interface Config {
  port: number;
  databaseUrl: string;
  adminToken: string | undefined;
  /** The first admin's account, created or updated at start. */
  admin: { email: string; password: string } | undefined;
  clientDist: string;
  auth: Partial<AuthSettings>;
}

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    DATABASE_URL: z.string().min(1).optional(),
    TESSERA_ADMIN_TOKEN: z.string().min(16, 'TESSERA_ADMIN_TOKEN must be at least 16 characters').optional(),
    TESSERA_ADMIN_EMAIL: z.email('TESSERA_ADMIN_EMAIL must be an email address').optional(),
    TESSERA_ADMIN_PASSWORD: z.string().min(10, 'TESSERA_ADMIN_PASSWORD must be at least 10 characters').optional(),
    TESSERA_CLIENT_DIST: z.string().optional(),
    TESSERA_TRUST_PROXY: flag.optional(),
    TESSERA_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).optional(),
    TESSERA_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(30 * 24).optional(),
  })
  .refine((env) => (env.TESSERA_ADMIN_EMAIL === undefined) === (env.TESSERA_ADMIN_PASSWORD === undefined), {
    message: 'set both TESSERA_ADMIN_EMAIL and TESSERA_ADMIN_PASSWORD, or neither',
    path: ['TESSERA_ADMIN_PASSWORD'],
  });

export const DEFAULT_DATABASE_FILE = './data/tessera.sqlite';

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    // Only paths and messages: never the value, which may be a password.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const data = parsed.data;
  return {
    port: data.PORT,
    databaseUrl: data.DATABASE_URL ?? DEFAULT_DATABASE_FILE,
    adminToken: data.TESSERA_ADMIN_TOKEN,
    admin: data.TESSERA_ADMIN_EMAIL && data.TESSERA_ADMIN_PASSWORD ? { email: data.TESSERA_ADMIN_EMAIL, password: data.TESSERA_ADMIN_PASSWORD } : undefined,
    clientDist: resolve(data.TESSERA_CLIENT_DIST ?? 'client/dist'),
    auth: {
      ...(data.TESSERA_TRUST_PROXY !== undefined && { trustProxy: data.TESSERA_TRUST_PROXY }),
      ...(data.TESSERA_SESSION_IDLE_MINUTES !== undefined && { sessionIdleMs: data.TESSERA_SESSION_IDLE_MINUTES * 60_000 }),
      ...(data.TESSERA_SESSION_MAX_HOURS !== undefined && { sessionAbsoluteMs: data.TESSERA_SESSION_MAX_HOURS * 3_600_000 }),
    },
  };
}
