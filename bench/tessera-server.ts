// Tessera as `npm start` runs it (API only), on the SQLite file given, for the intake benchmark.
import { startTessera } from '../server/start';

const niceness = process.env.BENCH_CODING_NICENESS;
const commitEvery = process.env.BENCH_CODING_COMMIT_EVERY;
const codedPerCommit = process.env.BENCH_CODED_PER_COMMIT;
const running = await startTessera({
  port: 0,
  databaseUrl: process.argv[2]!,
  coding: process.env.BENCH_CODING !== 'off',
  ...(niceness !== undefined && { codingNiceness: Number(niceness) }),
  ...(commitEvery !== undefined && { codingCommitEvery: Number(commitEvery) }),
  ...(codedPerCommit !== undefined && { codedPerCommit: Number(codedPerCommit) }),
  // off: the coding thread writes on its own connection, as before (the comparison in docs/benchmarks.md).
  ...(process.env.BENCH_CODING_THROUGH_WRITER === 'off' && { codingThroughWriter: false }),
});
process.stdout.write(`listening on ${running.url}\n`);
