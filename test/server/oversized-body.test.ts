import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAIN_BYTES } from '../../server/lib/body-limit';
import { startTessera, type RunningTessera } from '../../server/start';
import { submission } from '../helpers/answers';

/**
 * What Python's urllib and several mobile HTTP stacks do: write the whole request, headers and
 * body, and only then read. Resolves with everything the server sent before closing, or the
 * socket error if the write failed (a broken pipe or a reset).
 */
function sendWholeBodyThenRead(url: string, path: string, body: Buffer, { chunked = false } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ written: boolean; response: string; error?: string }>((resolve) => {
    const socket = connect({ host: hostname === 'localhost' ? '127.0.0.1' : hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    let written = false;
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => resolve({ written, response: Buffer.concat(chunks).toString('latin1'), error: (error as NodeJS.ErrnoException).code ?? error.message }));
    socket.on('close', () => resolve({ written, response: Buffer.concat(chunks).toString('latin1') }));
    socket.on('connect', () => {
      const head = [
        `POST ${path} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        'Content-Type: application/json',
        chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${body.length}`,
        '',
        '',
      ].join('\r\n');
      socket.write(head);
      if (chunked) {
        for (let at = 0; at < body.length; at += 64 * 1024) {
          const piece = body.subarray(at, at + 64 * 1024);
          socket.write(`${piece.length.toString(16)}\r\n`);
          socket.write(piece);
          socket.write('\r\n');
        }
      }
      socket.write(chunked ? '0\r\n\r\n' : body, () => {
        written = true;
        // Half-close: the request is complete, now only read, as urllib does after sending.
        socket.end();
      });
    });
  });
}

function parseResponse(raw: string) {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const headers = Object.fromEntries(
    head.split('\r\n').slice(1).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  let body = rest.join('\r\n\r\n');
  if (headers['transfer-encoding'] === 'chunked') {
    let decoded = '';
    for (let at = 0; ; ) {
      const lineEnd = body.indexOf('\r\n', at);
      const size = parseInt(body.slice(at, lineEnd), 16);
      if (!size) break;
      decoded += body.slice(lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
    body = decoded;
  }
  return { status, headers, body };
}

describe('a response body over the limit', () => {
  let server: RunningTessera;

  beforeAll(async () => {
    const databaseUrl = join(mkdtempSync(join(tmpdir(), 'tessera-oversize-')), 'tessera.sqlite');
    server = await startTessera({ port: 0, databaseUrl, coding: false });
  });
  afterAll(() => server.close());

  const sixMegabytes = () => Buffer.from(JSON.stringify({ ...submission(), answers: { biggest_challenge: 'x'.repeat(6 * 1024 * 1024) } }));

  it.each([
    ['with a Content-Length', false],
    ['chunked', true],
  ])('is answered with a 413 JSON that a client sending the whole 6 MB body (%s) before reading can read', async (_, chunked) => {
    const result = await sendWholeBodyThenRead(server.url, '/api/c/demo/responses', sixMegabytes(), { chunked });
    expect(result.error).toBeUndefined();
    expect(result.written).toBe(true);
    const response = parseResponse(result.response);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'body_too_large', message: expect.stringContaining('KiB') });
  });

  it('leaves the server answering the next response normally', async () => {
    await sendWholeBodyThenRead(server.url, '/api/c/demo/responses', sixMegabytes());
    const response = await fetch(`${server.url}/api/c/demo/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission()),
    });
    expect(response.status).toBe(201);
  });

  it('past the drain bound, is answered at once with Connection: close, without waiting for the body', async () => {
    const { hostname, port } = new URL(server.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: hostname === 'localhost' ? '127.0.0.1' : hostname, port: Number(port) });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      // Headers only: the body never comes, so only an answer that does not wait for it arrives.
      socket.write(`POST /api/c/demo/responses HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${DRAIN_BYTES + 1}\r\n\r\n`);
    });
    const response = parseResponse(raw);
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe('close');
    expect(JSON.parse(response.body)).toMatchObject({ code: 'body_too_large' });
  });
});
