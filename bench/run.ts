// `npm run bench`: every benchmark in turn, each in its own process so none inherits another's heap.
// Figures are printed as Markdown tables; docs/benchmarks.md records them with the date and machine.
import { spawnSync } from 'node:child_process';

const BENCHES: Array<{ name: string; script: string; args?: string[] }> = [
  { name: 'Intake (HTTP, 50 connections)', script: 'bench/intake.ts' },
  { name: 'Open-answer coding (one core)', script: 'bench/coding.ts', args: ['1000000'] },
  { name: 'Open-answer coding through the CLI (200,000 corpus answers, start-up included)', script: 'bench/coding-cli.ts', args: ['200000', '3'] },
  { name: 'Summary and comparison over coded responses', script: 'bench/summary.ts' },
  { name: 'Workspace results page (1,000,000 responses, 40 communities)', script: 'bench/workspace-results.ts' },
  { name: 'Compiled validator', script: 'bench/validation.ts' },
  { name: 'Compiled validator, every supported type', script: 'bench/validator-types.ts' },
  { name: 'Respondent client (throttled Chromium)', script: 'bench/client-perf.ts' },
  { name: 'Workspace first screen (laptop profile)', script: 'bench/workspace-first-screen.ts', args: ['5'] },
  { name: 'Coding lag behind intake during a sustained flood', script: 'bench/intake-coding-lag.ts' },
  { name: "A coded response's write, by table (SQLite)", script: 'bench/coded-write.ts' },
  { name: 'Public link lookup per submission', script: 'bench/intake-link-lookup.ts' },
  { name: 'Drill: two instances on one PostgreSQL, one killed mid-load', script: 'bench/drill-two-instances.ts' },
];

const only = process.argv.slice(2);
let failed = 0;
for (const bench of BENCHES) {
  if (only.length && !only.some((word) => bench.script.includes(word))) continue;
  console.log(`\n## ${bench.name} (${bench.script})`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', bench.script, ...(bench.args ?? [])], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.log(`!! ${bench.script} exited with ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);
