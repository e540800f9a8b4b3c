// How far coding (and so every summary, which reads what coding writes) trails intake during a
// sustained flood: Tessera with coding on, 50 connections of realistic respondents for
// BENCH_FLOOD_SECONDS (default 60), then 40 s of quiet. The database file is read from this
// process once a second: responses stored, responses not coded yet, and the oldest of those.
import Database from 'better-sqlite3';
import { benchDatabaseFile, runLoad, startServer } from './intake-processes';

const CONNECTIONS = 50;
const FLOOD_SECONDS = Number(process.env.BENCH_FLOOD_SECONDS ?? 60);
const AFTER_SECONDS = [10, 40];

interface Sample { at: number; stored: number; uncoded: number; lagSeconds: number }

const file = benchDatabaseFile();
const { child, url } = await startServer('bench/tessera-server.ts', file);
const sqlite = new Database(file, { readonly: true, fileMustExist: true });
const count = sqlite.prepare<[], { stored: number; maxSeq: number | null }>('select count(*) as stored, max(seq) as maxSeq from responses');
const oldestUncoded = sqlite.prepare<[], { n: number; seq: number | null }>('select count(*) as n, min(seq) as seq from responses where coded_at is null');

// When each response was first seen stored, to one sampling interval: seq is assigned in arrival order.
const seen: Array<{ at: number; maxSeq: number }> = [];
const samples: Sample[] = [];
const started = performance.now();
const sample = (): Sample => {
  const at = (performance.now() - started) / 1000;
  const { stored, maxSeq } = count.get()!;
  const { n, seq } = oldestUncoded.get()!;
  seen.push({ at, maxSeq: maxSeq ?? 0 });
  // Conservative: the response arrived after the last sample that did not hold it yet.
  const before = seq === null ? undefined : [...seen].reverse().find((s) => s.maxSeq < seq);
  const lagSeconds = seq === null ? 0 : at - (before?.at ?? 0);
  const result = { at, stored, uncoded: n, lagSeconds };
  samples.push(result);
  return result;
};
sample();
const timer = setInterval(sample, 1000);

const flood = await runLoad(url, CONNECTIONS, FLOOD_SECONDS, 'realistic');
const floodEnd = sample();
const after: Sample[] = [];
for (const seconds of AFTER_SECONDS) {
  await new Promise((resolve) => setTimeout(resolve, floodEnd.at * 1000 + seconds * 1000 - (performance.now() - started)));
  after.push(sample());
}
clearInterval(timer);
child.kill('SIGTERM');
sqlite.close();

const maxLag = Math.max(...samples.filter((s) => s.at <= floodEnd.at).map((s) => s.lagSeconds));
const fmt = (n: number) => n.toFixed(1);
console.log(`\nCoding lag during a ${FLOOD_SECONDS} s flood of realistic respondents, ${CONNECTIONS} connections, coding on its own thread`);
console.log(`intake during the flood: ${flood.rps.toFixed(0)} responses/s, p99 ${fmt(flood.p99)} ms, statuses ${JSON.stringify(flood.statuses)}`);
console.log('| moment | responses stored | not coded yet | lag s (oldest uncoded) |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| max during the flood | | | ${fmt(maxLag)} |`);
console.log(`| flood end | ${floodEnd.stored} | ${floodEnd.uncoded} | ${fmt(floodEnd.lagSeconds)} |`);
after.forEach((s, i) => console.log(`| ${AFTER_SECONDS[i]} s later | ${s.stored} | ${s.uncoded} | ${fmt(s.lagSeconds)} |`));
console.log(`goal: lag never above 60 s during the flood — ${maxLag <= 60 ? 'met' : 'NOT met'}`);
