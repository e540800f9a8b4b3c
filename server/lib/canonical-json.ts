/**
 * JSON with object keys sorted at every depth, so equal documents hash equally whatever their key
 * order. Written out directly rather than by sorting a copy and stringifying it: intake hashes
 * every response, and the copies were most of the cost. The text must never change: stored
 * content hashes (a device's retry after an upgrade) and questionnaire hashes depend on it.
 */
export function canonicalJson(value: unknown): string {
  return write(value) as string;
}

/** As JSON.stringify: undefined (and functions) yield nothing, dropped from objects, null in arrays. */
function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return Array.isArray(value) ? writeArray(value) : writeObject(value as Record<string, unknown>);
    default:
      return undefined;
  }
}

function writeArray(list: unknown[]): string {
  let text = '[';
  for (let i = 0; i < list.length; i += 1) text += (i === 0 ? '' : ',') + (write(list[i]) ?? 'null');
  return `${text}]`;
}

function writeObject(object: Record<string, unknown>): string {
  const keys = canonicalKeyOrder(Object.keys(object));
  let text = '{';
  let first = true;
  for (const key of keys) {
    const inner = write(object[key]);
    if (inner === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${inner}`;
    first = false;
  }
  return `${text}}`;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
const MAX_ARRAY_INDEX = 2 ** 32 - 2;

/**
 * The order the hashes were first made with: keys sorted by code unit into a new object, which
 * JavaScript then lists with array-index keys ("0", "10") first, in numeric order.
 */
function canonicalKeyOrder(keys: string[]): string[] {
  const indices: string[] = [];
  const names: string[] = [];
  for (const key of keys) (ARRAY_INDEX.test(key) && Number(key) <= MAX_ARRAY_INDEX ? indices : names).push(key);
  names.sort();
  if (indices.length === 0) return names;
  indices.sort((a, b) => Number(a) - Number(b));
  return [...indices, ...names];
}
