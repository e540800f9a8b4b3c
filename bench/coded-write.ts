// What writing a coded response costs inside a transaction on SQLite (issue 12: intake's
// transactions carry the codes). `npx tsx bench/coded-write.ts [other checkout]`: realistic
// respondents (the bodies bench/intake.ts posts) go through intake into an on-disk WAL file, are
// coded once, and the coded responses are then written BENCH_PER_TRANSACTION at a time (default
// 100) on a fresh copy of that file, BENCH_REPEATS times (default 5). Prints µs per coded
// response, split by table. BENCH_CODED_BEFORE (default 0) first stores that many copies of them,
// coded, so the measured writes land in tables the size of a consultation further along.
// Given another checkout (say, the commit before a change), it fills a second file with that
// checkout's migrations and intake, writes the same coded responses with its code, and alternates
// the two runs by run (A B B A ...), so both see the same minutes of a shared machine.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely, KyselyPlugin, OperationNode, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { CodedResponse, CodingClaim } from '../server/coding/coded-store';
import type { Database } from '../server/db/schema';
import { bodyWriter, respondentPool } from './realistic-respondents';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 4000);
const PER_TRANSACTION = Number(process.env.BENCH_PER_TRANSACTION ?? 100);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const CODED_BEFORE = Number(process.env.BENCH_CODED_BEFORE ?? 0);
const PARTS = ['claim', 'answer_codes', 'review queue', 'themes + counts', 'other statements', 'JS between statements', 'begin + commit'] as const;
type Part = (typeof PARTS)[number];

/** The parts of a checkout the bench drives, imported from its own files. */
interface Tree {
  label: string;
  template: string;
  startTessera: typeof import('../server/start').startTessera;
  connectDatabase: typeof import('../server/db/connect').connectDatabase;
  writeCoded: (trx: Kysely<Database>, coded: CodedResponse[], claim: CodingClaim) => Promise<void>;
  codeNextBatch: typeof import('../server/coding/coding-runner').codeNextBatch;
}

const dir = mkdtempSync(join(tmpdir(), 'tessera-coded-write-'));

async function loadTree(root: string, label: string): Promise<Tree> {
  const from = (path: string) => import(join(root, path));
  return {
    label,
    template: join(dir, `${label}.sqlite`),
    startTessera: (await from('server/start.ts')).startTessera,
    connectDatabase: (await from('server/db/connect.ts')).connectDatabase,
    writeCoded: (await from('server/coding/coded-store.ts')).writeCoded,
    codeNextBatch: (await from('server/coding/coding-runner.ts')).codeNextBatch,
  };
}

/** Posts the respondents through the tree's real intake (validation, writer thread), 16 at a time. */
async function fillTemplate(tree: Tree, bodies: ReadonlyArray<{ path: string; body: string }>): Promise<void> {
  const server = await tree.startTessera({ port: 0, databaseUrl: tree.template, coding: false });
  try {
    let next = 0;
    const send = async () => {
      while (next < bodies.length) {
        const { path, body } = bodies[next++]!;
        const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        if (response.status !== 201) throw new Error(`intake answered ${response.status}: ${await response.text()}`);
      }
    };
    await Promise.all(Array.from({ length: 16 }, send));
  } finally {
    await server.close();
  }
}

/** Codes every uncoded response once and keeps what the coder would store, without storing it. */
async function codeTemplate(tree: Tree): Promise<{ coded: CodedResponse[]; claim: CodingClaim }> {
  const handle = tree.connectDatabase(tree.template);
  try {
    let kept: { coded: CodedResponse[]; claim: CodingClaim } | undefined;
    const n = await tree.codeNextBatch(handle.db, {
      now: new Date().toISOString(),
      batchSize: RESPONSES,
      store: async (coded, claim) => {
        kept = { coded, claim };
      },
    });
    if (n !== RESPONSES || !kept) throw new Error(`expected ${RESPONSES} responses to code, found ${n}`);
    return kept;
  } finally {
    await handle.close();
  }
}

/** The same coded response under another id: copies are as realistic as the originals. */
function copyOf(response: CodedResponse, id: string): CodedResponse {
  return {
    id,
    codeRows: response.codeRows.map((row) => ({ ...row, response_id: id })),
    reviewRows: response.reviewRows.map((row) => ({ ...row, response_id: id })),
    respondent: { ...response.respondent, responseId: id },
  };
}

/** Stores coded copies of the responses before any is measured, so the measured writes land in tables already that large. */
async function codeCopiesInTemplate(tree: Tree, coded: CodedResponse[], claim: CodingClaim): Promise<void> {
  const handle = tree.connectDatabase(tree.template);
  const { sql } = await import('kysely');
  try {
    const earlier = { ...claim, now: new Date(Date.parse(claim.now) - 60_000).toISOString() };
    for (let copy = 1; copy * coded.length <= CODED_BEFORE; copy++) {
      const suffix = `-copy-${copy}`;
      await sql`insert into responses (id, consultation_id, questionnaire_version_id, community, locale, channel, answers, content_hash, received_on)
        select id || ${suffix}, consultation_id, questionnaire_version_id, community, locale, channel, answers, content_hash, received_on
        from responses where coded_at is null`.execute(handle.db);
      const copies = coded.map((response) => copyOf(response, response.id + suffix));
      for (let i = 0; i < copies.length; i += PER_TRANSACTION) {
        await handle.db.transaction().execute((trx) => tree.writeCoded(trx, copies.slice(i, i + PER_TRANSACTION), earlier));
      }
    }
  } finally {
    await handle.close();
  }
}

function tableOf(node: RootOperationNode): string {
  const name = (table: OperationNode | undefined): string | undefined => {
    const t = table as { kind?: string; table?: { identifier?: { name?: string } }; node?: OperationNode; parameters?: OperationNode[] } | undefined;
    if (t?.kind === 'AliasNode') return name(t.node);
    if (t?.kind === 'RawNode' && t.parameters?.length === 1) return name(t.parameters[0]); // sql.table(...)
    return t?.table?.identifier?.name;
  };
  const n = node as unknown as { kind: string; into?: OperationNode; table?: OperationNode; from?: { froms: OperationNode[] }; sqlFragments?: string[]; parameters?: OperationNode[] };
  if (n.kind === 'InsertQueryNode') return name(n.into) ?? '';
  if (n.kind === 'UpdateQueryNode') return name(n.table) ?? '';
  if (n.kind === 'RawNode') {
    // Raw SQL: the table named after insert into / update / delete from, written out or interpolated.
    const text = (n.sqlFragments ?? []).map((fragment, i) => fragment + (name(n.parameters?.[i]) ?? (i < (n.parameters?.length ?? 0) ? '?' : ''))).join('');
    return /(?:insert into|update|delete from)\s+"?(\w+)/i.exec(text)?.[1] ?? '';
  }
  return name(n.from?.froms[0]) ?? '';
}

function partOf(table: string): Part {
  if (table === 'responses') return 'claim';
  if (table === 'answer_codes') return 'answer_codes';
  if (table === 'answer_reviews') return 'review queue';
  if (table === 'response_themes' || table === 'theme_counts' || table === 'respondent_counts') return 'themes + counts';
  return 'other statements';
}

/** Times each statement from before Kysely compiles it to after its result, by the table it writes. */
class StatementTimer implements KyselyPlugin {
  readonly spent = new Map<Part, number>(PARTS.map((part) => [part, 0]));
  private readonly started = new Map<unknown, { part: Part; at: number }>();
  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    this.started.set(queryId, { part: partOf(tableOf(node)), at: performance.now() });
    return node;
  }
  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const start = this.started.get(queryId);
    if (start) {
      this.spent.set(start.part, this.spent.get(start.part)! + performance.now() - start.at);
      this.started.delete(queryId);
    }
    return result;
  }
}

/** Writes every coded response on a fresh copy of the tree's template; µs per response by part. */
async function writeAll(tree: Tree, coded: CodedResponse[], claim: CodingClaim, run: number): Promise<Map<Part, number>> {
  const file = join(dir, `${tree.label}-run-${run}.sqlite`);
  copyFileSync(tree.template, file);
  const handle = tree.connectDatabase(file);
  const timer = new StatementTimer();
  const db = handle.db.withPlugin(timer);
  let inside = 0;
  let whole = 0;
  try {
    for (let i = 0; i < coded.length; i += PER_TRANSACTION) {
      const begun = performance.now();
      let entered = 0;
      await db.transaction().execute(async (trx) => {
        entered = performance.now();
        await tree.writeCoded(trx, coded.slice(i, i + PER_TRANSACTION), claim);
        inside += performance.now() - entered;
      });
      whole += performance.now() - begun;
    }
    const count = await handle.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).where('coded_at', '=', claim.now).executeTakeFirstOrThrow();
    if (Number(count.n) !== coded.length) throw new Error(`${count.n} responses claimed, expected ${coded.length}`);
  } finally {
    await handle.close();
    rmSync(file, { force: true });
  }
  const statements = [...timer.spent.values()].reduce((a, b) => a + b, 0);
  timer.spent.set('JS between statements', inside - statements);
  timer.spent.set('begin + commit', whole - inside);
  return new Map([...timer.spent].map(([part, ms]) => [part, (ms * 1000) / coded.length]));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const sum = (parts: Map<Part, number>, which: readonly Part[] = PARTS) => which.reduce((n, part) => n + parts.get(part)!, 0);

try {
  const here = resolve(import.meta.dirname, '..');
  const trees = [await loadTree(here, 'this')];
  if (process.argv[2]) trees.push(await loadTree(resolve(process.argv[2]), 'other'));
  const bodies = respondentPool(RESPONSES).map((respondent) => ({ path: respondent.path, body: bodyWriter(respondent)() }));
  for (const tree of trees) await fillTemplate(tree, bodies);
  const { coded, claim } = await codeTemplate(trees[0]!);
  for (const tree of trees) if (CODED_BEFORE > 0) await codeCopiesInTemplate(tree, coded, claim);
  const perResponse = (count: (c: CodedResponse) => number) => (coded.reduce((n, c) => n + count(c), 0) / coded.length).toFixed(2);
  console.log(
    `${coded.length} realistic responses, ${PER_TRANSACTION} per transaction, ${CODED_BEFORE} coded before; per response ` +
      `${perResponse((c) => c.codeRows.length)} answer_codes, ${perResponse((c) => c.respondent.themes.size)} response_themes, ${perResponse((c) => c.reviewRows.length)} review rows`,
  );
  for (const tree of trees) await writeAll(tree, coded, claim, 0); // warm-up: page cache, statement shapes
  const runs = new Map<Tree, Array<Map<Part, number>>>(trees.map((tree) => [tree, []]));
  for (let run = 1; run <= REPEATS; run++) {
    for (const tree of run % 2 ? trees : [...trees].reverse()) {
      const parts = await writeAll(tree, coded, claim, run);
      runs.get(tree)!.push(parts);
      console.log(`run ${run} ${tree.label}: ${sum(parts).toFixed(0)} µs per coded response`);
    }
  }
  console.log(`\nµs per coded response, median of ${REPEATS} runs${trees.length > 1 ? ` (this checkout; ${process.argv[2]})` : ''}\n`);
  console.log(`| part | ${trees.map((t) => t.label).join(' | ')} |\n| --- |${trees.map(() => ' ---: |').join('')}`);
  const row = (label: string, value: (parts: Map<Part, number>) => number) =>
    console.log(`| ${label} | ${trees.map((tree) => median(runs.get(tree)!.map(value)).toFixed(1)).join(' | ')} |`);
  for (const part of PARTS) row(part, (parts) => parts.get(part)!);
  row('total without begin + commit', (parts) => sum(parts, PARTS.filter((p) => p !== 'begin + commit')));
  row('total', (parts) => sum(parts));
  if (trees.length > 1) {
    const ratio = median(runs.get(trees[0]!)!.map((p) => sum(p))) / median(runs.get(trees[1]!)!.map((p) => sum(p)));
    console.log(`\nthis / other, total: ${ratio.toFixed(2)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
