import react from '@vitejs/plugin-react';
import { build, type LogLevel, type Plugin } from 'vite';
import { precompressPlugin } from './compress-plugin';

/**
 * Builds the staff workspace (workspace.html) after the respondent app, as a build of its own
 * into the same folder. One build with two entries would move code both use (React) into
 * shared chunks and change the respondent's first screen; two builds leave the respondent's
 * chunks, manifest and service-worker precache exactly as they were, and the workspace's
 * chunks stay out of the precache that phones download.
 */
export function workspaceBuildPlugin(root: string): Plugin {
  let outDir = '';
  let logLevel: LogLevel = 'info';
  return {
    name: 'tessera-workspace-build',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      logLevel = config.logLevel ?? 'info';
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        base: '/',
        logLevel,
        plugins: [react(), precompressPlugin()],
        build: {
          outDir,
          emptyOutDir: false,
          manifest: '.vite/workspace-manifest.json',
          target: 'es2020',
          sourcemap: false,
          chunkSizeWarningLimit: 2_000,
          rollupOptions: { input: `${root}workspace.html` },
        },
      });
    },
  };
}
