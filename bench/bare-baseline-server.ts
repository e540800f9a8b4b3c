// The baseline intake is measured against: node:http, JSON.parse, one better-sqlite3 insert per
// request, with the same pragmas as Tessera's SQLite (WAL, synchronous=FULL). No validation, no idempotency.
import http from 'node:http';
import Database from 'better-sqlite3';

const file = process.argv[2]!;
const sqlite = new Database(file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma(`synchronous = ${process.env.BASELINE_SYNCHRONOUS ?? 'FULL'}`);
sqlite.exec('create table if not exists responses (id text primary key, body text not null)');
const insert = sqlite.prepare('insert into responses (id, body) values (?, ?)');

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; answers: unknown };
    insert.run(body.id, JSON.stringify(body.answers));
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: body.id, status: 'created' }));
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  process.stdout.write(`listening on http://127.0.0.1:${address.port}\n`);
});
