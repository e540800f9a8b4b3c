// The two-instance drill: two real server processes on one fresh PostgreSQL database, devices
// sending to both in turn, one instance killed with SIGKILL mid-load and restarted. Used by
// bench/drill-two-instances.ts (the bounded script) and test/server/drills/two-instances.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { retryDelayMs } from '../client/src/delivery/backoff';
import { TOPIC_CODES } from '../analysis/taxonomy';
import { DemoRandom, newcomerAnswers } from '../server/seed/demo-answers';

const ROOT = join(import.meta.dirname, '..');
const ADMIN_TOKEN = 'drill-admin-token-0123456789abcdef';
// The locales the shipped newcomer questionnaire is written in, weighted roughly as the demo's communities answer.
const LOCALES = { en: 5, fr: 3, ar: 2, es: 1, 'zh-cn': 1, pa: 1, tl: 1 } as const;

export interface DrillOptions {
  /** A PostgreSQL server URL; the drill creates (and drops) its own database on it. */
  postgresUrl: string;
  /** Devices sending at once, each one response at a time, as the respondent app's outbox does. */
  devices: number;
  /** Load before the kill, and after the restarted instance answers again. */
  beforeKillMs: number;
  afterRecoveryMs: number;
  /** How long the killed instance stays down before it is started again. */
  downMs: number;
  /** Multiplies the app's retry schedule (2 s doubling, 20 % jitter); 1 is the device's own. */
  backoffScale?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface DrillReport {
  sent: number;
  acknowledged: number;
  /** Attempts that failed (connection refused/reset, 5xx) and were tried again. */
  retried: number;
  retryReasons: Record<string, number>;
  /** Acknowledged as `200 duplicate`: the response was stored by an attempt whose answer was lost. */
  acknowledgedAsDuplicate: number;
  /** Answers a device could not retry (4xx): each would need a person's attention. */
  refused: string[];
  stored: number;
  missing: string[];
  unexpected: string[];
  /** SIGKILL to the first acknowledgement by the restarted instance. */
  recoveryMs: number;
  /** Spawn of the restarted instance to its listening line. */
  restartMs: number;
  loadMs: number;
  throughput: number;
  codingCatchUpMs: number;
  aggregates: { api: AggregateFigures; recount: AggregateFigures };
}

export interface AggregateFigures {
  total: number;
  respondents: number;
  mentions: { combined: Record<string, number>; closed: Record<string, number>; open: Record<string, number> };
}

interface Instance {
  child: ChildProcess;
  url: string;
  port: number;
}

/** The real entry point as `npm start` runs it (API only), on the given port and database. */
async function startInstance(databaseUrl: string, port: number, log: (line: string) => void, name: string): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, TESSERA_ADMIN_TOKEN: ADMIN_TOKEN, TESSERA_CLIENT_DIST: join(tmpdir(), 'tessera-no-client') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk) => {
    output += chunk;
    for (const line of String(chunk).trim().split('\n')) log(`[${name} stderr] ${line}`);
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${code ?? signal}) before listening:\n${output}`)));
  });
  return { child, url, port: Number(new URL(url).port) };
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type Attempt = { kind: 'stored'; status: number } | { kind: 'retry'; reason: string } | { kind: 'attention'; status: number; code: string };

/** One delivery attempt, classified exactly as client/src/api.ts postResponse does. */
async function attempt(url: string, body: unknown): Promise<Attempt> {
  let response: Response;
  try {
    response = await fetch(`${url}/api/c/demo/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { kind: 'retry', reason: cause?.code ?? 'network error' };
  }
  const text = await response.text().catch(() => '');
  if (response.status === 200 || response.status === 201) return { kind: 'stored', status: response.status };
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: 'retry', reason: `${response.status} ${text.slice(0, 80)}` };
  return { kind: 'attention', status: response.status, code: text.slice(0, 200) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runTwoInstanceDrill(options: DrillOptions): Promise<DrillReport> {
  const log = options.log ?? (() => {});
  const scale = options.backoffScale ?? 1;
  const random = new DemoRandom(options.seed ?? 12);
  const database = `tessera_drill_${randomUUID().slice(0, 8)}`;
  const serverUrl = new URL(options.postgresUrl);
  const databaseUrl = new URL(options.postgresUrl);
  databaseUrl.pathname = `/${database}`;
  await withClient(serverUrl.href, (client) => client.query(`create database ${database}`));
  const instances: Instance[] = [];
  try {
    // Both start at once on the empty database, as two replicas of a fresh deployment would.
    instances.push(...(await Promise.all([startInstance(databaseUrl.href, 0, log, 'A'), startInstance(databaseUrl.href, 0, log, 'B')])));
    const urls = instances.map((instance) => instance.url);

    const sent = new Set<string>();
    const acknowledged = new Set<string>();
    const refused: string[] = [];
    let retried = 0;
    const retryReasons: Record<string, number> = {};
    let duplicates = 0;
    let turn = 0;
    let creating = true;
    let killedAt: number | undefined;
    let restartedAt: number | undefined;
    let recoveredAt: number | undefined;
    const victim = 1;

    // A device: completes a survey, then delivers it until acknowledged (or refused), then the next.
    const device = async (index: number) => {
      while (creating) {
        const locale = random.weighted(LOCALES);
        const body = { id: randomUUID(), locale, community: 'Ottawa', channel: random.weighted({ phone: 5, web: 3, kiosk: 2 }), answers: newcomerAnswers(random, 'Ottawa', locale) };
        sent.add(body.id);
        for (let attempts = 1; ; attempts++) {
          // Round robin over both instances, as a load balancer without health checks would.
          const target = turn++ % urls.length;
          const outcome = await attempt(urls[target]!, body);
          if (outcome.kind === 'stored') {
            acknowledged.add(body.id);
            if (outcome.status === 200) duplicates++;
            if (target === victim && restartedAt !== undefined && recoveredAt === undefined) recoveredAt = performance.now();
            break;
          }
          if (outcome.kind === 'attention') {
            refused.push(`device ${index}: ${outcome.status} ${outcome.code}`);
            break;
          }
          retried++;
          retryReasons[outcome.reason] = (retryReasons[outcome.reason] ?? 0) + 1;
          await sleep(retryDelayMs(attempts, Math.random()) * scale);
        }
      }
    };

    log(`both instances listening`);
    const started = performance.now();
    const devices = Array.from({ length: options.devices }, (_, index) => device(index));
    await sleep(options.beforeKillMs);
    const ackedBeforeKill = acknowledged.size;
    instances[victim]!.child.kill('SIGKILL');
    killedAt = performance.now();
    await exited(instances[victim]!.child);
log(`killed instance B with SIGKILL after ${ackedBeforeKill} acknowledgements`);
    await sleep(options.downMs);
    const restarting = performance.now();
    instances[victim] = await startInstance(databaseUrl.href, instances[victim]!.port, log, 'B2');
    restartedAt = performance.now();
    const restartMs = restartedAt - restarting;
    while (recoveredAt === undefined && performance.now() - restarting < 60_000) await sleep(20);
    if (recoveredAt === undefined) throw new Error('the restarted instance acknowledged nothing within 60 s');
    log(`restarted instance acknowledged again`);
    await sleep(options.afterRecoveryMs);
    creating = false;
    await Promise.all(devices);
    const loadMs = performance.now() - started;
    log(`load over`);

    // Every response coded by one instance or the other, so the aggregate tables are complete.
    const coding = performance.now();
    const pending = async () => Number((await withClient(databaseUrl.href, (c) => c.query('select count(*) as n from responses where coded_at is null'))).rows[0].n);
    while ((await pending()) > 0) {
      if (performance.now() - coding > 120_000) throw new Error('coding did not catch up within 120 s');
      await sleep(250);
    }
    const codingCatchUpMs = performance.now() - coding;

    const storedIds = await withClient(databaseUrl.href, async (c) => {
      const rows = await c.query<{ id: string; n: string }>("select r.id, count(*) as n from responses r join consultation_links l on l.consultation_id = r.consultation_id and l.slug = 'demo' group by r.id");
      return rows.rows;
    });
    const storedOnce = new Set(storedIds.filter((row) => Number(row.n) === 1).map((row) => row.id));
    const aggregates = { api: await aggregatesFromApi(urls[0]!), recount: await recount(databaseUrl.href) };
    return {
      sent: sent.size,
      acknowledged: acknowledged.size,
      retried,
      retryReasons,
      acknowledgedAsDuplicate: duplicates,
      refused,
      stored: storedIds.length,
      missing: [...acknowledged].filter((id) => !storedOnce.has(id)),
      unexpected: storedIds.map((row) => row.id).filter((id) => !sent.has(id) || !storedOnce.has(id)),
      recoveryMs: recoveredAt - killedAt,
      restartMs,
      loadMs,
      throughput: acknowledged.size / (loadMs / 1000),
      codingCatchUpMs,
      aggregates,
    };
  } finally {
    for (const instance of instances) instance.child.kill('SIGTERM');
    await Promise.all(instances.map((instance) => exited(instance.child)));
    await withClient(serverUrl.href, (client) => client.query(`drop database if exists ${database} with (force)`));
  }
}

async function adminGet<T>(url: string, path: string): Promise<T> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** What the API reports: the progress total and the theme summary of each source, unsuppressed. */
async function aggregatesFromApi(url: string): Promise<AggregateFigures> {
  const { consultations } = await adminGet<{ consultations: Array<{ id: string; slug?: string }> }>(url, '/api/consultations');
  const demo = consultations.find((c) => c.slug === 'demo');
  if (!demo) throw new Error('the demo consultation is missing');
  const progress = await adminGet<{ total: number }>(url, `/api/consultations/${demo.id}/progress`);
  type Summary = { summary: { respondents: number; themes: Array<{ theme: string; n: number }> } };
  const summary = (source: string) => adminGet<Summary>(url, `/api/analysis/summary?consultationId=${demo.id}&source=${source}&suppress=false`);
  const [combined, closed, open] = await Promise.all([summary('combined'), summary('closed'), summary('open')]);
  const mentions = (s: Summary) => Object.fromEntries(s.summary.themes.filter((t) => t.n > 0).map((t) => [t.theme, t.n]));
  return { total: progress.total, respondents: combined.summary.respondents, mentions: { combined: mentions(combined), closed: mentions(closed), open: mentions(open) } };
}

/** The same figures counted from the rows themselves: responses, and each response's themes. */
async function recount(databaseUrl: string): Promise<AggregateFigures> {
  return withClient(databaseUrl, async (c) => {
    const demo = "(select consultation_id from consultation_links where slug = 'demo')";
    const total = Number((await c.query(`select count(*) as n from responses where consultation_id in ${demo}`)).rows[0].n);
    const themes = await c.query<{ theme: string; combined: string; closed: string; open: string }>(
      `select theme, count(*) as combined, sum(case when closed = 1 then 1 else 0 end) as closed, sum(case when open = 1 then 1 else 0 end) as open
         from response_themes where consultation_id in ${demo} group by theme`,
    );
    // The summary reports the taxonomy's topics; markers such as "no_content" are not topics.
    const topics = new Set<string>(TOPIC_CODES);
    const pick = (column: 'combined' | 'closed' | 'open') => Object.fromEntries(themes.rows.filter((row) => topics.has(row.theme) && Number(row[column]) > 0).map((row) => [row.theme, Number(row[column])]));
    return { total, respondents: total, mentions: { combined: pick('combined'), closed: pick('closed'), open: pick('open') } };
  });
}
