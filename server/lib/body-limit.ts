import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors';

/**
 * How much of an over-limit body is read and thrown away so the client can read its 413.
 * Python's urllib and several mobile HTTP stacks write the whole body before they read
 * anything: close the connection under them and they see a broken pipe, not the refusal, and
 * a device retries forever. Past this bound the server answers and closes instead: reading
 * more would only help an abuser.
 */
export const DRAIN_BYTES = 16 * 1024 * 1024;

export type BodyLimitOptions = {
  maxBytes: number;
  /** The error to answer with; its status should be 413. */
  tooLarge: () => AppError;
  drainBytes?: number;
};

/**
 * Refuses a body over `maxBytes`, like hono's bodyLimit, but only once the client has sent it
 * all (up to `drainBytes`), so that a client which reads only after writing gets the refusal.
 */
export function limitBody({ maxBytes, tooLarge, drainBytes = DRAIN_BYTES }: BodyLimitOptions): MiddlewareHandler {
  const refuse = (close: boolean): never => {
    const error = tooLarge();
    throw close ? new AppError(error.status, error.code, error.message, error.fields, { ...error.headers, Connection: 'close' }) : error;
  };

  return async (c, next) => {
    // The headers first: touching `c.req.raw.body` makes @hono/node-server build a full web
    // Request (abort signal, web stream) that the route's own body read then goes through, which
    // was the largest single cost of intake. A declared length within bounds needs none of it.
    const lengthHeader = c.req.header('content-length');
    const declared = lengthHeader !== undefined && !c.req.header('transfer-encoding') ? Number(lengthHeader) : undefined;
    if (declared !== undefined && declared <= maxBytes) return next();
    if (declared !== undefined && declared > drainBytes) refuse(true);
    const body = c.req.raw.body;
    if (!body) return next();

    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > drainBytes) refuse(true);
      if (size <= maxBytes) chunks.push(value);
    }
    if (size > maxBytes) refuse(false);
    // Only a body of unknown length (chunked) gets here: hand the route what was read.
    c.req.raw = new Request(c.req.raw, { body: concat(chunks, size) });
    return next();
  };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
