// Respondent client budget: `npx tsx bench/client-perf.ts [runs]`.
// Sizes (gzipped, as the server sends them) of the JavaScript and CSS the first screen needs,
// read from Vite's manifest; then, in Debian's Chromium with the CPU throttled 4x and DevTools'
// "Slow 4G" profile, the time from navigation to the first screen and to the first question
// (consent accepted the moment it shows). Each run starts cold: new profile, no cache, no
// service worker. Goal: first question under 2.5 s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLIENT_DIST, ensureClientBuilt } from '../test/e2e/helpers/client-build';
import { HAS_CHROMIUM, launchChromium } from '../test/e2e/helpers/browser';
import { startTestServer } from '../test/e2e/helpers/tessera-server';

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };

/** DevTools' Slow 4G preset: 150 ms RTT x 3.75, 1.6 Mbps down and 750 kbps up x 0.9. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const CPU_SLOWDOWN = 4;
const GOAL_MS = 2_500;

export type ClientPerf = {
  firstScreenJs: number;
  firstScreenCss: number;
  surveyChunkJs: number;
  surveyChunkCss: number;
  consultationJson: number;
  languageScreenMs: number[];
  consentScreenMs: number[];
  firstQuestionMs: number[];
};

function gz(file: string): number {
  return gzipSync(readFileSync(join(CLIENT_DIST, file)), { level: 9 }).length;
}

function sizes(): Pick<ClientPerf, 'firstScreenJs' | 'firstScreenCss' | 'surveyChunkJs' | 'surveyChunkCss'> {
  const manifest = JSON.parse(readFileSync(join(CLIENT_DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const collect = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return seen;
    seen.add(key);
    for (const imported of chunk.imports ?? []) collect(imported, seen);
    return seen;
  };
  const sum = (keys: Iterable<string>) => {
    let js = 0;
    let css = 0;
    for (const key of keys) {
      const chunk = manifest[key]!;
      js += gz(chunk.file);
      for (const sheet of chunk.css ?? []) css += gz(sheet);
    }
    return { js, css };
  };
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? 'index.html';
  const first = collect(entry);
  const surveyKey = Object.keys(manifest).find((key) => key.endsWith('pages/survey-page.tsx'));
  const survey = surveyKey ? [...collect(surveyKey)].filter((key) => !first.has(key)) : [];
  const a = sum(first);
  const b = sum(survey);
  return { firstScreenJs: a.js, firstScreenCss: a.css, surveyChunkJs: b.js, surveyChunkCss: b.css };
}

export async function measureClientPerf(runs = 3): Promise<ClientPerf> {
  await ensureClientBuilt();
  const server = await startTestServer();
  const browser = await launchChromium();
  const result: ClientPerf = {
    ...sizes(),
    consultationJson: (await (await fetch(`${server.url}/api/c/demo`)).arrayBuffer()).byteLength,
    languageScreenMs: [], consentScreenMs: [], firstQuestionMs: [],
  };
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const path of ['/c/demo', '/c/demo?lang=en']) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        const start = Date.now();
        await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
        if (path === '/c/demo') {
          await page.locator('.language-button').first().waitFor({ timeout: 60_000 });
          result.languageScreenMs.push(Date.now() - start);
        } else {
          await page.locator('.consent-page button[type="submit"]').waitFor({ timeout: 60_000 });
          result.consentScreenMs.push(Date.now() - start);
          await page.locator('.consent-page button[type="submit"]').click();
          await page.locator('[data-name="time_in_canada"]').waitFor({ timeout: 60_000 });
          result.firstQuestionMs.push(Date.now() - start);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatClientPerf(perf: ClientPerf): string {
  const question = median(perf.firstQuestionMs);
  return [
    '| measure | value |',
    '| --- | --- |',
    `| first screen JavaScript (gzipped) | ${kb(perf.firstScreenJs)} |`,
    `| first screen CSS (gzipped) | ${kb(perf.firstScreenCss)} |`,
    `| survey chunk, lazy and prefetched: JavaScript / CSS (gzipped) | ${kb(perf.surveyChunkJs)} / ${kb(perf.surveyChunkCss)} |`,
    `| GET /api/c/demo as served | ${kb(perf.consultationJson)} |`,
    `| navigation → language screen, 4x CPU + Slow 4G (median of ${perf.languageScreenMs.length}) | ${median(perf.languageScreenMs)} ms |`,
    `| navigation → consent screen (?lang=en) | ${median(perf.consentScreenMs)} ms |`,
    `| navigation → first question, consent accepted at once | ${question} ms (goal ${GOAL_MS} ms: ${question <= GOAL_MS ? 'met' : 'missed'}) |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!HAS_CHROMIUM) {
    console.log('client-perf: skipped, no Chromium.');
  } else {
    const runs = Number(process.argv[2] ?? 3);
    console.log(formatClientPerf(await measureClientPerf(runs)));
  }
}
