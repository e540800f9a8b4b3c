// A closed-loop HTTP load generator, run in its own process so it does not share the server's core.
// Usage: tsx bench/load-generator.ts <base-url> <connections> <seconds> [realistic|fixed]
// realistic (default): a pool of respondents' bodies (bench/realistic-respondents.ts), each posted
// to its questionnaire's demo consultation; fixed: the one short English body earlier figures used.
import http from 'node:http';
import { validNewcomerAnswers } from '../test/helpers/answers';
import { bodyWriter, respondentPool, type RespondentBody } from './realistic-respondents';

const [url, connectionsArg, secondsArg, kindArg] = process.argv.slice(2);
const connections = Number(connectionsArg ?? 50);
const seconds = Number(secondsArg ?? 10);
const base = new URL(url!);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

const POOL_SIZE = 2000;
const fixed: RespondentBody = { path: '/api/c/demo/responses', locale: 'en', answers: validNewcomerAnswers(), channel: 'web' };
const pool = (kindArg ?? 'realistic') === 'fixed' ? [fixed] : respondentPool(POOL_SIZE);
const requests = pool.map((respondent) => ({ path: new URL(respondent.path, base).pathname, body: bodyWriter(respondent) }));
let next = 0;

function post(): Promise<number> {
  const request = requests[next++ % requests.length]!;
  const body = request.body();
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { agent, host: base.hostname, port: base.port, path: request.path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const latencies: number[] = [];
const statuses = new Map<number, number>();
const warmupEnds = performance.now() + 1000;
const ends = warmupEnds + seconds * 1000;

async function worker() {
  while (performance.now() < ends) {
    const started = performance.now();
    const status = await post();
    const finished = performance.now();
    if (started >= warmupEnds) {
      latencies.push(finished - started);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }
}

await Promise.all(Array.from({ length: connections }, worker));
latencies.sort((a, b) => a - b);
const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
const bodyBytes = requests.reduce((sum, r) => sum + Buffer.byteLength(r.body()), 0) / requests.length;
process.stdout.write(
  JSON.stringify({ requests: latencies.length, rps: latencies.length / seconds, p50: quantile(0.5), p99: quantile(0.99), meanBodyBytes: Math.round(bodyBytes), statuses: Object.fromEntries(statuses) }) + '\n',
);
agent.destroy();
