// Workspace first screen: `npx tsx bench/workspace-first-screen.ts [runs]`.
// 1. What the sign-in page needs (JavaScript and CSS, gzip and brotli), read from the workspace's
//    own Vite manifest (client/dist/.vite/workspace-manifest.json).
// 2. That the respondent's first screen did not change: the respondent entry is built again
//    without the workspace build step, into a temporary folder, and its first-screen files are
//    compared byte for byte with those in client/dist.
// 3. In Debian's Chromium on a laptop profile (1280x800, no CPU or network throttling), the time
//    from navigation to the sign-in form ready to type in, each run in a fresh browser context
//    (empty cache); median of 5 runs by default.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type PluginOption, type UserConfig } from 'vite';
import viteConfig from '../client/vite.config';
import { CLIENT_DIST, ensureClientBuilt, REPO } from '../test/e2e/helpers/client-build';
import { HAS_CHROMIUM, launchChromium } from '../test/e2e/helpers/browser';
import { startTestServer } from '../test/e2e/helpers/tessera-server';

const respondentConfig = viteConfig as UserConfig;

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;
type Bytes = { raw: number; gzip: number; brotli: number };

const readManifest = (dir: string, name: string): Manifest => JSON.parse(readFileSync(join(dir, '.vite', name), 'utf8')) as Manifest;

/** The files an entry loads before it shows anything: the entry, its static imports, their CSS. */
function firstScreenFiles(manifest: Manifest, entry: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const sheet of chunk.css ?? []) files.add(sheet);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...files].sort();
}

function sizeOf(dir: string, files: string[], kind: 'js' | 'css'): Bytes {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files.filter((name) => name.endsWith(`.${kind}`))) {
    const body = readFileSync(join(dir, file));
    total.raw += body.length;
    total.gzip += gzipSync(body, { level: 9 }).length;
    total.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

/** The respondent entry built alone (no workspace step, no precompression), into a temporary folder. */
async function respondentAlone(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'tessera-respondent-'));
  const left = new Set(['tessera-workspace-build', 'tessera-precompress']);
  const plugins = (respondentConfig.plugins ?? []).flat(Infinity as 1) as PluginOption[];
  await build({
    ...respondentConfig,
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    plugins: plugins.filter((plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && left.has(plugin.name))),
    build: { ...respondentConfig.build, outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Whether the respondent's first-screen files are the same, name for name and byte for byte. */
async function respondentUnchanged(): Promise<{ same: boolean; files: number; detail: string }> {
  const alone = await respondentAlone();
  try {
    const shipped = firstScreenFiles(readManifest(CLIENT_DIST, 'manifest.json'), 'index.html');
    const single = firstScreenFiles(readManifest(alone, 'manifest.json'), 'index.html');
    const differing = single.filter((file) => !shipped.includes(file) || !readFileSync(join(alone, file)).equals(readFileSync(join(CLIENT_DIST, file))));
    const html = readFileSync(join(alone, 'index.html')).equals(readFileSync(join(CLIENT_DIST, 'index.html')));
    const same = differing.length === 0 && shipped.length === single.length && html;
    return { same, files: single.length + 1, detail: same ? 'identical' : `differ: ${[...differing, ...(html ? [] : ['index.html'])].join(', ')}` };
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizes = (size: Bytes) => `${kib(size.raw)} raw, ${kib(size.gzip)} gzip, ${kib(size.brotli)} brotli`;

async function signInScreenTimes(runs: number): Promise<{ readyMs: number[]; fcpMs: number[] }> {
  const server = await startTestServer();
  const browser = await launchChromium();
  const readyMs: number[] = [];
  const fcpMs: number[] = [];
  try {
    // One visit first, so the server's file cache is warm as it is for every visitor after the first.
    const warm = await browser.newContext();
    await (await warm.newPage()).goto(`${server.url}/workspace/sign-in`);
    await warm.close();
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`${server.url}/workspace/sign-in`, { waitUntil: 'commit' });
      await page.locator('input[type="password"]').waitFor({ timeout: 60_000 });
      readyMs.push(Date.now() - start);
      fcpMs.push(Math.round(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { readyMs, fcpMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 5);
  await ensureClientBuilt();
  const workspaceFiles = firstScreenFiles(readManifest(CLIENT_DIST, 'workspace-manifest.json'), 'workspace.html');
  const respondentFiles = firstScreenFiles(readManifest(CLIENT_DIST, 'manifest.json'), 'index.html');
  const unchanged = await respondentUnchanged();
  const lines = [
    '| measure | value |',
    '| --- | --- |',
    `| workspace sign-in page JavaScript | ${sizes(sizeOf(CLIENT_DIST, workspaceFiles, 'js'))} |`,
    `| workspace sign-in page CSS | ${sizes(sizeOf(CLIENT_DIST, workspaceFiles, 'css'))} |`,
    `| respondent first screen JavaScript (with the workspace in the build) | ${sizes(sizeOf(CLIENT_DIST, respondentFiles, 'js'))} |`,
    `| respondent first screen, built with and without the workspace | ${unchanged.detail} (${unchanged.files} files compared byte for byte) |`,
  ];
  if (HAS_CHROMIUM) {
    const { readyMs, fcpMs } = await signInScreenTimes(runs);
    lines.push(`| navigation → sign-in form ready, laptop profile, no throttling (median of ${runs}) | ${median(readyMs)} ms (runs: ${readyMs.join(', ')}) |`);
    lines.push(`| first contentful paint (median of ${runs}) | ${median(fcpMs)} ms (runs: ${fcpMs.join(', ')}) |`);
  } else {
    lines.push('| navigation → sign-in form ready | skipped: no Chromium |');
  }
  console.log(lines.join('\n'));
  // The in-process Vite build leaves rolldown's worker threads running, which would keep this
  // process, and `npm run bench` waiting on it, alive forever.
  process.exit(unchanged.same ? 0 : 1);
}
