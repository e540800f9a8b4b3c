import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './compress-plugin';
import { serviceWorkerPlugin } from './sw-plugin';
import { workspaceBuildPlugin } from './workspace-build-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [
    react(),
    serviceWorkerPlugin(`${root}src/sw/service-worker.ts`),
    precompressPlugin(),
    // The staff workspace: a second build, so the respondent's chunks do not change (see the plugin).
    workspaceBuildPlugin(root),
  ],
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    // The bench reads the manifest to size what the first screen needs.
    manifest: true,
    target: 'es2020',
    sourcemap: false,
    // survey-core alone is over 1 MB raw; it is split out and lazy, so the warning says nothing new.
    chunkSizeWarningLimit: 2_000,
  },
});
