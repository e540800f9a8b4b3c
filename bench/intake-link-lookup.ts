// The public link lookup every submission makes, as it was (the query built and compiled by
// Kysely per request) against findPublicLink (SQL compiled once), interleaved in one process on
// a seeded SQLite file so both see the same machine load. Medians of BENCH_ROUNDS rounds.
import { findPublicLink } from '../server/intake/public-link';
import { connectDatabase } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import { seedDemo } from '../server/seed/demo';
import { benchDatabaseFile } from './intake-processes';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const LOOKUPS = 3000;
const handle = connectDatabase(benchDatabaseFile());
await migrateToLatest(handle.db, handle.dialect);
await seedDemo(handle.db, new Date().toISOString());
const { db } = handle;

const builtPerRequest = (slug: string) =>
  db
    .selectFrom('consultation_links as l')
    .innerJoin('consultations as c', 'c.id', 'l.consultation_id')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .selectAll('c')
    .select(['l.slug as link_slug', 'l.community as link_community', 'p.name as partnership_name'])
    .where('l.slug', '=', slug)
    .executeTakeFirst();

async function microseconds(lookup: (slug: string) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < LOOKUPS; i++) if (!(await lookup('demo'))) throw new Error('the demo link is missing');
  return ((performance.now() - started) * 1000) / LOOKUPS;
}

const before: number[] = [];
const after: number[] = [];
await microseconds(builtPerRequest);
await microseconds((slug) => findPublicLink(db, slug));
for (let round = 0; round < ROUNDS; round++) {
  before.push(await microseconds(builtPerRequest));
  after.push(await microseconds((slug) => findPublicLink(db, slug)));
}
await handle.close();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`\nPublic link lookup per submission, ${ROUNDS} interleaved rounds of ${LOOKUPS} (medians)`);
console.log('| lookup | µs per request |');
console.log('| --- | ---: |');
console.log(`| query built and compiled by Kysely per request (before) | ${median(before).toFixed(1)} |`);
console.log(`| SQL compiled once, slug as parameter (findPublicLink) | ${median(after).toFixed(1)} |`);
console.log(`ratio after / before: ${(median(after) / median(before)).toFixed(2)}`);
