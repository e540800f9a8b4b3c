// A closed-loop HTTP load generator, run in its own process so it does not share the server's core.
// Usage: tsx bench/load-generator.ts <url> <connections> <seconds> <body-kind>
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { validNewcomerAnswers } from '../test/helpers/answers';

const [url, connectionsArg, secondsArg] = process.argv.slice(2);
const connections = Number(connectionsArg ?? 50);
const seconds = Number(secondsArg ?? 10);
const target = new URL(url!);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const answers = validNewcomerAnswers();

function post(): Promise<number> {
  const body = JSON.stringify({ id: randomUUID(), locale: 'en', answers, channel: 'web' });
  return new Promise((resolve, reject) => {
    const request = http.request(
      { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
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
process.stdout.write(
  JSON.stringify({ requests: latencies.length, rps: latencies.length / seconds, p50: quantile(0.5), p99: quantile(0.99), statuses: Object.fromEntries(statuses) }) + '\n',
);
agent.destroy();
