import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
export const CLIENT_DIST = join(REPO, 'client', 'dist');
const MANIFEST = join(CLIENT_DIST, '.vite', 'manifest.json');
const LOCK = join(REPO, 'client', '.build-lock');

/**
 * Builds client/dist unless a build newer than every client source is already there
 * (CI runs `npm run build:client` first, so this is then a no-op). A lock directory keeps two
 * test files from building at once.
 */
export async function ensureClientBuilt(): Promise<string> {
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!isFresh()) {
      execFileSync(join(REPO, 'node_modules', '.bin', 'vite'), ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
        // Vitest sets NODE_ENV=test, and Vite then builds React's development bundle (60 KiB more
        // gzipped, and slower): the tests and the bench must see what phones get.
        cwd: REPO, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' },
      });
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return CLIENT_DIST;
}

function isFresh(): boolean {
  if (!existsSync(MANIFEST)) return false;
  const built = statSync(MANIFEST).mtimeMs;
  const sources = [join(REPO, 'client', 'src'), join(REPO, 'client', 'index.html'), join(REPO, 'client', 'vite.config.ts'),
    join(REPO, 'client', 'sw-plugin.ts'), join(REPO, 'surveys', 'survey-properties.ts')];
  return sources.every((path) => newest(path) <= built);
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}
