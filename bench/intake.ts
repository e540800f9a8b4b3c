// Intake throughput and latency: Tessera (full validation, idempotency, group commit) against a
// bare node:http + better-sqlite3 insert of the same bodies, 50 connections on loopback, same run.
// Bodies: BENCH_BODIES=realistic (default; respondents in every shipped language, open answers,
// skipped optional questions, see bench/realistic-respondents.ts) or fixed (one short English body).
import { benchDatabaseFile, runLoad, startServer, type LoadResult } from './intake-processes';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BODIES = process.env.BENCH_BODIES ?? 'realistic';

async function measure(script: string, env: Record<string, string> = {}): Promise<LoadResult> {
  const { child, url } = await startServer(script, benchDatabaseFile(), env);
  try {
    return await runLoad(url, CONNECTIONS, SECONDS, BODIES);
  } finally {
    child.kill('SIGTERM');
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const runs: Record<string, LoadResult[]> = { baseline: [], tessera: [] };
for (let round = 0; round < ROUNDS; round++) {
  runs.baseline!.push(await measure('bench/bare-baseline-server.ts'));
  runs.tessera!.push(await measure('bench/tessera-server.ts'));
}

const summary = (name: string) => {
  const results = runs[name]!;
  return { rps: median(results.map((r) => r.rps)), p50: median(results.map((r) => r.p50)), p99: median(results.map((r) => r.p99)), statuses: results.map((r) => r.statuses) };
};
const baseline = summary('baseline');
const tessera = summary('tessera');
const fmt = (n: number, digits = 1) => n.toFixed(digits);
console.log(`\nIntake, ${BODIES} bodies (mean ${runs.tessera![0]!.meanBodyBytes} bytes), ${CONNECTIONS} connections, loopback, ${ROUNDS} rounds of ${SECONDS} s (medians), coding ${process.env.BENCH_CODING === 'off' ? 'off' : 'on'}`);
console.log('| server | responses/s | p50 ms | p99 ms |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| bare node:http + better-sqlite3 insert | ${fmt(baseline.rps, 0)} | ${fmt(baseline.p50, 2)} | ${fmt(baseline.p99, 2)} |`);
console.log(`| Tessera (validation, idempotency, group commit) | ${fmt(tessera.rps, 0)} | ${fmt(tessera.p50, 2)} | ${fmt(tessera.p99, 2)} |`);
console.log(`ratio Tessera / baseline throughput: ${fmt(tessera.rps / baseline.rps, 2)} (goal ≥ 0.5); Tessera p99 ${fmt(tessera.p99, 1)} ms (goal < 50)`);
console.log(`statuses: baseline ${JSON.stringify(baseline.statuses)}; tessera ${JSON.stringify(tessera.statuses)}`);
