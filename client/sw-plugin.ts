import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { transformWithOxc, type Plugin } from 'vite';

/**
 * Emits /sw.js next to the build: the service worker source with its precache list, which is
 * every file of the bundle (the same files Vite's manifest lists) plus the app shell. The
 * version is a hash of that list, and the file names carry content hashes, so any change to
 * the app installs a fresh cache and drops the old one.
 */
export function serviceWorkerPlugin(sourcePath: string): Plugin {
  return {
    name: 'tessera-service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name !== 'index.html' && !name.endsWith('.map') && !name.startsWith('.vite/'))
        .map((name) => `/${name}`)
        .sort();
      const precache = ['/index.html', ...files];
      const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
      const source = await readFile(sourcePath, 'utf8');
      const { code } = await transformWithOxc(source, sourcePath, { lang: 'ts' });
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `const PRECACHE = ${JSON.stringify(precache)};\nconst VERSION = ${JSON.stringify(version)};\n${code}`,
      });
    },
  };
}
