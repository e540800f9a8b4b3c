// Summaries and comparisons from the database over many coded responses (default 1,000,000)
// across 40 communities: responses are stored, coded by the real coding pipeline, then the
// summary and comparison routes are timed through the app. BENCH_RESPONSES changes the size.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app';
import { issueToken } from '../server/auth/tokens.repository';
import { codeNextBatch } from '../server/coding/coding-runner';
import { createConsultation } from '../server/consultations/consultations.repository';
import { DEFAULT_KIOSK } from '../server/consultations/kiosk-settings';
import { connectDatabase } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import { createPartnership } from '../server/partnerships/partnerships.repository';
import { seedShippedQuestionnaires } from '../server/seed/demo';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const COMMUNITIES = 40;
const NOW = '2026-11-22T12:00:00.000Z';

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const texts = readFileSync('analysis/devset/development.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string; lang?: string });
const NEEDS = ['find_job', 'job_training', 'credentials', 'housing', 'family_doctor', 'learn_language', 'children_school', 'childcare', 'food_and_bills', 'getting_around', 'friends_belonging', 'finding_services'];

const file = join(mkdtempSync(join(tmpdir(), 'tessera-summary-bench-')), 'bench.sqlite');
const handle = connectDatabase(file);
const { db } = handle;
await migrateToLatest(db, handle.dialect);
const versions = await seedShippedQuestionnaires(db, NOW);
const communities = Array.from({ length: COMMUNITIES }, (_, i) => `Community ${String(i + 1).padStart(2, '0')}`);
const partnership = await createPartnership(db, { name: 'Bench LIP', communities }, NOW);
const consultation = await createConsultation(
  db,
  { partnershipId: partnership.id, questionnaireVersionId: versions.get('newcomer-needs')!, title: 'Bench', audience: 'newcomers', wave: '2026', communities, locales: ['en', 'fr'], status: 'open', kiosk: DEFAULT_KIOSK },
  NOW,
);

let started = performance.now();
const BATCH = 2000;
for (let done = 0; done < RESPONSES; done += BATCH) {
  const rows = Array.from({ length: Math.min(BATCH, RESPONSES - done) }, () => {
    // Communities of unequal size, as real ones are.
    const community = communities[Math.floor(random() ** 1.6 * COMMUNITIES)]!;
    const needs = [...new Set([pick(NEEDS), pick(NEEDS), ...(random() < 0.5 ? [pick(NEEDS)] : [])])];
    const open = random() < 0.6 ? pick(texts) : undefined;
    const answers = { time_in_canada: 'years_1_to_3', needs, top_priorities: needs.slice(0, 3), ...(open && { biggest_challenge: open.text }) };
    return {
      id: randomUUID(),
      consultation_id: consultation.id,
      questionnaire_version_id: consultation.questionnaireVersionId,
      community,
      locale: open?.lang === 'fr' ? 'fr' : 'en',
      channel: 'web' as const,
      answers: JSON.stringify(answers),
      content_hash: '-',
      received_on: NOW.slice(0, 10),
    };
  });
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('responses').values(rows.slice(i, i + 500)).execute();
  });
}
const storeSeconds = (performance.now() - started) / 1000;

started = performance.now();
let coded = 0;
for (;;) {
  const n = await codeNextBatch(db, { now: NOW, batchSize: 2000 });
  if (n === 0) break;
  coded += n;
}
const codeSeconds = (performance.now() - started) / 1000;

const admin = await issueToken(db, { role: 'admin', partnershipId: null, label: 'bench' }, NOW);
const app = createApp({ db, dialect: handle.dialect, clock: () => NOW });
async function timed(path: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const response = await app.request(path, { headers: { authorization: `Bearer ${admin.token}` } });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    await response.json();
    times.push(performance.now() - t);
  }
  return times;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const summaryTimes = await timed(`/api/analysis/summary?partnershipId=${partnership.id}`);
const compareTimes = await timed(`/api/analysis/compare?partnershipId=${partnership.id}&by=community`);
const bothTimes = summaryTimes.map((t, i) => t + compareTimes[i]!);

console.log(`\nSummary and comparison from the database: ${RESPONSES.toLocaleString('en')} responses, ${COMMUNITIES} communities (SQLite file)`);
console.log(`stored in ${storeSeconds.toFixed(1)} s; coded (closed + open answers, aggregates kept) in ${codeSeconds.toFixed(1)} s = ${Math.round(coded / codeSeconds)} responses/s`);
console.log('| request | first ms | median of 7 ms |');
console.log('| --- | ---: | ---: |');
console.log(`| summary (21 themes, Wilson intervals) | ${summaryTimes[0]!.toFixed(1)} | ${median(summaryTimes).toFixed(1)} |`);
console.log(`| comparison across ${COMMUNITIES} communities (chi-square, residuals, Holm) | ${compareTimes[0]!.toFixed(1)} | ${median(compareTimes).toFixed(1)} |`);
console.log(`summary + comparison: median ${median(bothTimes).toFixed(1)} ms (goal < 1000 ms)`);
await handle.close();
