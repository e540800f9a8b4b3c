import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DemoRandom } from '../../server/seed/demo-answers';
import { HAS_CHROMIUM, launchChromium } from './helpers/browser';
import { ensureClientBuilt, REPO } from './helpers/client-build';
import { answerFirstPage, finishSurvey, waitForLiveSurvey, waitForScreen } from './helpers/survey-steps';

const SURVEYS = 6;
const SEED = Number(process.env.CHAOS_SEED ?? 20261202);

/** The real server process (`server/index.ts`, as npm start runs it) on an SQLite file; port 0 picks one. */
async function startServerProcess(databaseFile: string, port: number, adminToken: string, clientDist: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: REPO,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseFile, TESSERA_ADMIN_TOKEN: adminToken, TESSERA_CLIENT_DIST: clientDist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}) before listening: ${output}`)));
  });
  return { child, url };
}

function killed(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode) return Promise.resolve();
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  return exit;
}

/** What the device still holds: the entries of the respondent app's IndexedDB outbox ("tessera" → "outbox"). */
function outboxSize(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const request = indexedDB.open('tessera', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('outbox', { keyPath: 'id' });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = db.transaction('outbox').objectStore('outbox').count();
    const n = await new Promise<number>((resolve) => (count.onsuccess = () => resolve(count.result)));
    db.close();
    return n;
  });
}

/**
 * The network drops and returns on a seeded schedule (offline 0.3–2 s, online 0.5–3 s) until stopped.
 * Returns how many times it dropped.
 */
function networkChaos(context: BrowserContext, random: DemoRandom) {
  let running = true;
  let drops = 0;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const done = (async () => {
    while (running) {
      await sleep(random.int(500, 3000));
      if (!running) break;
      await context.setOffline(true);
      drops += 1;
      await sleep(random.int(300, 2000));
      await context.setOffline(false);
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      await context.setOffline(false);
      return drops;
    },
  };
}

describe.skipIf(!HAS_CHROMIUM)('offline chaos on a kiosk', { timeout: 300_000 }, () => {
  it('stores exactly one response per completed survey through dropped networks, a reload mid-survey and a server restart, and empties the device queue', async () => {
    const clientDist = await ensureClientBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'tessera-chaos-'));
    const databaseFile = join(dir, 'tessera.sqlite');
    const adminToken = randomBytes(24).toString('hex');
    const firstStart = performance.now();
    let server = await startServerProcess(databaseFile, 0, adminToken, clientDist);
    const firstStartMs = performance.now() - firstStart;
    let restartMs = 0;
    const { url } = server;
    const port = Number(new URL(url).port);
    const browser = await launchChromium();
    const random = new DemoRandom(SEED);
    const comments = Array.from({ length: SURVEYS }, (_, i) => `chaos ${SEED} survey ${i + 1}`);
    const reloadIn = random.int(1, SURVEYS - 2);
    const restartAfter = random.int(2, SURVEYS - 1);
    let restarts = 0;
    let heldWhileDown = 0;
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const kiosk = `${url}/kiosk/demo?thanks=1&idle=600`;
      await page.goto(kiosk);
      await waitForScreen(page, 'language');
      // The app must be cached on the device before the network may fail.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
      const chaos = networkChaos(context, random);
      const surveysStarted = performance.now();

      for (let survey = 1; survey <= SURVEYS; survey++) {
        await waitForScreen(page, 'language', 20_000);
        await page.getByRole('button', { name: 'English' }).click();
        await page.locator('.consent-page button[type="submit"]').click();
        await waitForScreen(page, 'question');
        await waitForLiveSurvey(page);
        await answerFirstPage(page, String(survey));
        await page.locator('.sd-navigation__next-btn').click();
        if (survey === reloadIn) {
          // The page dies mid-survey: the app resumes from the answers kept on the device.
          await page.reload();
          await waitForScreen(page, 'question');
          await waitForLiveSurvey(page).catch(() => undefined);
        }
        // The server dies (kill -9) just before this survey is completed, so its delivery must fail.
        if (survey === restartAfter) await killed(server.child);
        await finishSurvey(page, comments[survey - 1]!);
        await waitForScreen(page, 'thanks');
        if (survey === restartAfter) {
          await expect.poll(() => outboxSize(page), { timeout: 10_000 }).toBeGreaterThan(0);
          heldWhileDown = await outboxSize(page);
          // Back on the same port and file, as a supervisor would restart it.
          const restarting = performance.now();
          server = await startServerProcess(databaseFile, port, adminToken, clientDist);
          restartMs = performance.now() - restarting;
          restarts += 1;
        }
      }
      const drops = await chaos.stop();
      const surveysMs = performance.now() - surveysStarted;

      // The network is back for good: the device delivers what it holds on its own schedule.
      const drainStarted = performance.now();
      await expect.poll(() => outboxSize(page), { timeout: 60_000, interval: 250 }).toBe(0);
      const drainMs = performance.now() - drainStarted;
      await expect.poll(() => page.locator('.queue-status').count(), { timeout: 10_000 }).toBe(0);

      const headers = { authorization: `Bearer ${adminToken}` };
      const { consultations } = (await (await fetch(`${url}/api/consultations`, { headers })).json()) as { consultations: { id: string; slug?: string }[] };
      const demo = consultations.find((c) => c.slug === 'demo')!;
      const { responses } = (await (await fetch(`${url}/api/consultations/${demo.id}/responses`, { headers })).json()) as {
        responses: { id: string; channel: string; answers: Record<string, unknown> }[];
      };
      const ours = responses.filter((r) => String(r.answers['biggest_challenge'] ?? '').startsWith(`chaos ${SEED} `));
      console.log(
        `offline chaos (seed ${SEED}): ${SURVEYS} surveys, ${drops} network drops, reload in survey ${reloadIn}, server killed before survey ${restartAfter} was completed (${heldWhileDown} held on the device) and restarted; ` +
          `queue drained ${(drainMs / 1000).toFixed(1)} s after the network came back; ${ours.length} stored. ` +
          `Server start ${(firstStartMs / 1000).toFixed(1)} s, restart ${(restartMs / 1000).toFixed(1)} s, surveys ${(surveysMs / 1000).toFixed(1)} s.`,
      );
      expect(restarts).toBe(1);
      for (const comment of comments) expect(ours.filter((r) => r.answers['biggest_challenge'] === comment), comment).toHaveLength(1);
      expect(ours).toHaveLength(SURVEYS);
      expect(new Set(ours.map((r) => r.id)).size).toBe(SURVEYS);
      expect(ours.every((r) => r.channel === 'kiosk')).toBe(true);
      await context.close();
    } finally {
      await browser.close();
      await killed(server.child);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
