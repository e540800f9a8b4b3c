import { z } from 'zod';
import { resolve } from 'node:path';

/** The one module that reads the environment; everything else receives a Config. */
export interface Config {
  port: number;
  databaseUrl: string;
  adminToken: string | undefined;
  clientDist: string;
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATABASE_URL: z.string().min(1).optional(),
  TESSERA_ADMIN_TOKEN: z.string().min(16, 'TESSERA_ADMIN_TOKEN must be at least 16 characters').optional(),
  TESSERA_CLIENT_DIST: z.string().optional(),
});

export const DEFAULT_DATABASE_FILE = './data/tessera.sqlite';

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return {
    port: parsed.data.PORT,
    databaseUrl: parsed.data.DATABASE_URL ?? DEFAULT_DATABASE_FILE,
    adminToken: parsed.data.TESSERA_ADMIN_TOKEN,
    clientDist: resolve(parsed.data.TESSERA_CLIENT_DIST ?? 'client/dist'),
  };
}
