// Drill: two instances on one PostgreSQL under load, one killed with SIGKILL and restarted.
// Usage: tsx bench/drill-two-instances.ts [postgres-url]  (default TEST_DATABASE_URL, else the local server)
// Bounded: about 40 s of load, then coding catch-up and the checks. Exits 1 when anything was lost.
import { isDeepStrictEqual } from 'node:util';
import { runTwoInstanceDrill } from './drill-shared-postgres';

const postgresUrl = process.argv[2] ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const report = await runTwoInstanceDrill({
  postgresUrl,
  devices: 32,
  beforeKillMs: 15_000,
  downMs: 3_000,
  afterRecoveryMs: 20_000,
  log: (line) => console.error(line),
});

// Key order differs (the API ranks themes, the recount does not): compare as values.
const same = isDeepStrictEqual(report.aggregates.api, report.aggregates.recount);
const rows: Array<[string, string]> = [
  ['devices (one response in flight each)', '32'],
  ['responses sent / acknowledged', `${report.sent} / ${report.acknowledged}`],
  ['attempts retried (connection errors, 5xx)', String(report.retried)],
  ['acknowledged as 200 duplicate (stored before the answer was lost)', String(report.acknowledgedAsDuplicate)],
  ['refused (would need attention)', String(report.refused.length)],
  ['stored rows / acknowledged missing / stored but not exactly once or never sent', `${report.stored} / ${report.missing.length} / ${report.unexpected.length}`],
  ['restart: spawn to listening', `${(report.restartMs / 1000).toFixed(1)} s`],
  ['recovery: SIGKILL to first acknowledgement by the restarted instance', `${(report.recoveryMs / 1000).toFixed(1)} s (3.0 s of it kept down on purpose)`],
  ['throughput over the whole load (acknowledged/s)', report.throughput.toFixed(0)],
  ['coding caught up after load', `${(report.codingCatchUpMs / 1000).toFixed(1)} s`],
  ['API aggregates (progress total, summary respondents and theme mentions, 3 sources) = recount from rows', same ? 'yes' : 'NO'],
];
console.log('| figure | value |\n| --- | ---: |');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
if (!same) console.log(JSON.stringify(report.aggregates, null, 1));
for (const line of report.refused.slice(0, 5)) console.log(`refused: ${line}`);
const lost = report.missing.length > 0 || report.unexpected.length > 0 || report.refused.length > 0 || !same || report.acknowledged !== report.sent;
process.exit(lost ? 1 : 0);
