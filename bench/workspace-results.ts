// The workspace results page for a partnership with 1,000,000 responses over 40 communities
// (two newcomer waves and a provider survey): the API calls the page makes when it opens, timed
// through the real server over HTTP (median of 5), then the page itself in headless Chromium,
// from navigation until the chart, its table and both comparisons are on screen (the one across
// communities opened by its summary where the page folds it; the first screen timed too). Responses are
// stored as rows (the consultation list counts them) and their aggregates written directly, as
// coding would have left them: bench/summary.ts measures coding itself.
// BENCH_RESPONSES changes the size. BENCH_DB=path keeps the database in that file and reuses it
// on the next run (building a million rows takes minutes); delete the file to rebuild it.
// BENCH_BEFORE_DIST=dir also serves another build of the client (a copy of client/dist made
// before a change) from a second server on the same database, and measures both pages in turns:
// on a loaded machine only such a same-run ratio means anything.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { TOPIC_CODES } from '../analysis/taxonomy';
import { createConsultation } from '../server/consultations/consultations.repository';
import { addToResponseCounts } from '../server/consultations/response-counts.repository';
import { DEFAULT_KIOSK } from '../server/consultations/kiosk-settings';
import { connectDatabase } from '../server/db/connect';
import type { Database } from '../server/db/schema';
import { migrateToLatest } from '../server/db/migrate';
import { createPartnership } from '../server/partnerships/partnerships.repository';
import { seedShippedQuestionnaires } from '../server/seed/demo';
import { startTessera } from '../server/start';
import { HAS_CHROMIUM, launchChromium } from '../test/e2e/helpers/browser';
import { ensureClientBuilt } from '../test/e2e/helpers/client-build';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const COMMUNITIES = 40;
const NOW = '2026-11-22T12:00:00.000Z';
const LOCALES = ['en', 'fr', 'ar', 'es'];
const ADMIN_TOKEN = 'workspace-results-bench-admin-token';
const ADMIN = { email: 'bench@example.org', password: 'a long bench password 1' };

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

async function build(db: Kysely<Database>): Promise<string> {
  const versions = await seedShippedQuestionnaires(db, NOW);
  const communities = Array.from({ length: COMMUNITIES }, (_, i) => `Community ${String(i + 1).padStart(2, '0')}`);
  const partnership = await createPartnership(db, { name: 'Bench LIP', communities }, NOW);
  const launch = (key: string, audience: 'newcomers' | 'providers', wave: string) =>
    createConsultation(
      db,
      { partnershipId: partnership.id, questionnaireVersionId: versions.get(key)!, title: `Bench ${audience} ${wave}`, audience, wave, communities, locales: LOCALES, status: 'closed', kiosk: DEFAULT_KIOSK },
      NOW,
    );
  const plan = [
    { consultation: await launch('newcomer-needs', 'newcomers', '2025'), share: 0.4 },
    { consultation: await launch('newcomer-needs', 'newcomers', '2026'), share: 0.596 },
    { consultation: await launch('provider-survey', 'providers', '2026'), share: 0.004 },
  ];

  let started = performance.now();
  for (const { consultation, share } of plan) {
    const total = Math.round(RESPONSES * share);
    // Communities of unequal size, as real ones are; each theme's share differs by community.
    const weights = communities.map((_, i) => 1 / (i + 1) ** 0.7);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const respondentRows: Array<{ consultation_id: string; community: string; locale: string; n: number }> = [];
    const themeRows: Array<{ consultation_id: string; community: string; locale: string; theme: string; n_any: number; n_closed: number; n_open: number }> = [];
    const stored: Array<{ community: string; locale: string }> = [];
    communities.forEach((community, i) => {
      const inCommunity = Math.round((total * weights[i]!) / weightSum);
      LOCALES.forEach((locale, j) => {
        const n = Math.round(inCommunity * [0.6, 0.25, 0.1, 0.05][j]!);
        if (n === 0) return;
        respondentRows.push({ consultation_id: consultation.id, community, locale, n });
        stored.push(...Array.from({ length: n }, () => ({ community, locale })));
        for (const theme of TOPIC_CODES) {
          const closed = Math.round(n * random() * 0.5);
          const open = Math.round(n * random() * 0.2);
          themeRows.push({ consultation_id: consultation.id, community, locale, theme, n_any: Math.min(n, closed + Math.round(open * 0.6)), n_closed: closed, n_open: open });
        }
      });
    });
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < stored.length; i += 2000) {
        await trx
          .insertInto('responses')
          .values(
            stored.slice(i, i + 2000).map((row) => ({
              id: randomUUID(),
              consultation_id: consultation.id,
              questionnaire_version_id: consultation.questionnaireVersionId,
              community: row.community,
              locale: row.locale,
              channel: 'web' as const,
              answers: '{}',
              content_hash: '-',
              received_on: NOW.slice(0, 10),
              coded_at: NOW,
              coded_with: 'bench',
            })),
          )
          .execute();
      }
      await addToResponseCounts(trx, stored.map((row) => ({ consultation_id: consultation.id, community: row.community, locale: row.locale, channel: 'web' as const, received_on: NOW.slice(0, 10) })));
      for (let i = 0; i < respondentRows.length; i += 500) await trx.insertInto('respondent_counts').values(respondentRows.slice(i, i + 500)).execute();
      for (let i = 0; i < themeRows.length; i += 500) await trx.insertInto('theme_counts').values(themeRows.slice(i, i + 500)).execute();
    });
  }
  const storedCount = await db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  console.log(`\nStored ${Number(storedCount.n).toLocaleString('en')} responses over ${COMMUNITIES} communities and their aggregates in ${((performance.now() - started) / 1000).toFixed(1)} s (SQLite file)`);
  return partnership.id;
}

const reused = process.env.BENCH_DB;
const dir = reused ? undefined : mkdtempSync(join(tmpdir(), 'tessera-results-bench-'));
const file = reused ?? join(dir!, 'bench.sqlite');
const handle = connectDatabase(file);
const { db } = handle;
await migrateToLatest(db, handle.dialect);
const existing = await db.selectFrom('partnerships').select('id').where('name', '=', 'Bench LIP').executeTakeFirst();
let partnershipId: string;
if (existing) {
  partnershipId = existing.id;
  const count = await db.selectFrom('response_counts').select((eb) => eb.fn.sum<number>('n').as('n')).executeTakeFirstOrThrow();
  // A build stopped halfway leaves fewer rows: measuring those would flatter the figures.
  if (Math.abs(Number(count.n) - RESPONSES) > COMMUNITIES * LOCALES.length * 3) throw new Error(`${file} holds ${count.n} responses, not ${RESPONSES}: delete it to rebuild`);
  console.log(`\nReusing ${file}: ${Number(count.n).toLocaleString('en')} responses over ${COMMUNITIES} communities (delete it to rebuild)`);
} else {
  partnershipId = await build(db);
}
await handle.close();

const clientDist = await ensureClientBuilt();
const server = await startTessera({ port: 0, databaseUrl: file, adminToken: ADMIN_TOKEN, admin: ADMIN, clientDist, seed: false, coding: false });
const p = partnershipId;
// What the page asks for when opened at /workspace/results?partnership=…&wave=2026.
const CALLS: Array<[string, string]> = [
  ['partnerships', '/api/partnerships'],
  ['consultations (with response counts)', '/api/consultations'],
  ['summary (wave 2026, 20 themes, intervals)', `/api/analysis/summary?partnershipId=${p}&wave=2026`],
  [`compare ${COMMUNITIES} communities (wave 2026)`, `/api/analysis/compare?partnershipId=${p}&wave=2026&by=community`],
  ['compare waves', `/api/analysis/compare?partnershipId=${p}&by=wave`],
  ['newcomer/provider gap (wave 2026)', `/api/analysis/gap?partnershipId=${p}&wave=2026`],
];
const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = async (run: () => Promise<unknown>) => {
  const t = performance.now();
  await run();
  return performance.now() - t;
};

await Promise.all(CALLS.map(([, path]) => get(path))); // warm-up: caches of published versions, statements
console.log('| API call | median of 5 ms |');
console.log('| --- | ---: |');
for (const [name, path] of CALLS) {
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await time(() => get(path)));
  console.log(`| ${name} | ${median(times).toFixed(1)} |`);
}
const together = [];
for (let i = 0; i < 5; i++) together.push(await time(() => Promise.all(CALLS.map(([, path]) => get(path)))));
console.log(`| all six at once, as the page sends them | ${median(together).toFixed(1)} |`);

const before = process.env.BENCH_BEFORE_DIST
  ? await startTessera({ port: 0, databaseUrl: file, adminToken: ADMIN_TOKEN, admin: ADMIN, clientDist: process.env.BENCH_BEFORE_DIST, seed: false, coding: false })
  : undefined;

if (HAS_CHROMIUM) {
  const browser = await launchChromium();
  const open = async (name: string, base: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/workspace/sign-in`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.keyboard.press('Enter');
    await page.locator('nav.ws-nav').waitFor();
    // The page's main-thread time (Chromium's TaskDuration) as well as the wall clock: on a loaded
    // machine the wall clock mostly measures the wait for a core.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const mainThread = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
    const url = `${base}/workspace/results?partnership=${p}&wave=2026`;
    const times: number[] = [];
    const busy: number[] = [];
    const firstScreen: number[] = [];
    const shown = async (record: boolean) => {
      await page.goto('about:blank');
      const start = await mainThread();
      const t = performance.now();
      await page.goto(url);
      await page.locator('[data-testid="summary-chart"] svg').waitFor();
      await page.locator('[data-testid="summary-table"] tbody tr').first().waitFor();
      await page.locator('#compare-wave ~ div table, #compare-wave ~ .table-scroll table').first().waitFor();
      // A build that folds the comparison across communities shows it when its summary is
      // opened: the first screen is then on, and the time goes on until that table is drawn too.
      const folded = page.locator('#compare-community ~ details > summary');
      let first: number | undefined;
      if (await folded.count()) {
        first = performance.now() - t;
        await folded.click();
      }
      await page.locator('#compare-community ~ div table, #compare-community ~ .table-scroll table, #compare-community ~ details table').first().waitFor();
      const elapsed = performance.now() - t;
      if (record) {
        times.push(elapsed);
        busy.push((await mainThread()) - start);
        if (first !== undefined) firstScreen.push(first);
      }
    };
    return { name, times, busy, firstScreen, shown };
  };
  const pages = [await open('this build', server.url), ...(before ? [await open(`BENCH_BEFORE_DIST`, before.url)] : [])];
  for (const one of pages) await one.shown(false); // the first visit also fetches and compiles the scripts
  for (let i = 0; i < 5; i++) for (const one of pages) await one.shown(true);
  for (const { name, times, busy, firstScreen } of pages) {
    console.log(`\nResults page (${name}) in headless Chromium, navigation to chart, table and both comparisons on screen: median of 5 ${median(times).toFixed(0)} ms (scripts cached; goal < 1000 ms); runs ${times.map((x) => x.toFixed(0)).join(', ')}; page main-thread time median ${median(busy).toFixed(0)} ms`);
    if (firstScreen.length) console.log(`  first screen (chart, table and the comparison across waves; the one across communities folded): median of 5 ${median(firstScreen).toFixed(0)} ms; runs ${firstScreen.map((x) => x.toFixed(0)).join(', ')}`);
  }
  if (pages.length === 2) console.log(`This build / BENCH_BEFORE_DIST: ${(median(pages[0]!.times) / median(pages[1]!.times)).toFixed(2)} on screen, ${(median(pages[0]!.busy) / median(pages[1]!.busy)).toFixed(2)} main-thread time`);
  await browser.close();
} else {
  console.log('\nNo Chromium: the page rendering was not measured.');
}
await server.close();
await before?.close();
if (dir) rmSync(dir, { recursive: true, force: true });
