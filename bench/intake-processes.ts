// The processes the intake benchmarks run: a server on an SQLite file, and the load generator,
// each in its own process so none shares the measured server's event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LoadResult { requests: number; rps: number; p50: number; p99: number; meanBodyBytes: number; statuses: Record<string, number> }

export function benchDatabaseFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'tessera-bench-')), 'bench.sqlite');
}

/** Starts a server script on the file given and resolves with its address once it says it listens. */
export function startServer(script: string, file: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, file], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1].replace('localhost', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** Runs bench/load-generator.ts against the server for `seconds` (after 1 s of warm-up). */
export function runLoad(url: string, connections: number, seconds: number, bodies: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load-generator.ts', url, String(connections), String(seconds), bodies], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`load generator exited with ${code}`))));
  });
}
