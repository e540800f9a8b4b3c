import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../server/lib/canonical-json';

/** The form every stored hash was made with: sort a copy's keys at every depth, then stringify. */
function sortedCopyJson(value: unknown): string {
  const sortKeys = (inner: unknown): unknown => {
    if (Array.isArray(inner)) return inner.map(sortKeys);
    if (inner !== null && typeof inner === 'object') {
      const entries = Object.entries(inner as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries.map(([key, v]) => [key, sortKeys(v)]));
    }
    return inner;
  };
  return JSON.stringify(sortKeys(value));
}

describe('canonical JSON', () => {
  it('writes exactly the text the stored hashes were made from, for any JSON value', () => {
    const anyKey = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('a', 'B', 'é', 'Z', '10', '9', '0', '01', '-1', '1.5', '4294967294', '4294967295', '', '__proto__', 'constructor'));
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constantFrom(-0, Number.NaN, Infinity)),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 5 }), fc.dictionary(anyKey, tie('node'), { maxKeys: 6 })),
    })).node;
    fc.assert(fc.property(value, (v) => canonicalJson(v) === sortedCopyJson(v)), { numRuns: 2000 });
  });

  it('sorts keys at every depth and drops undefined members, so key order never changes a hash', () => {
    const a = canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' }, u: undefined });
    expect(a).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson({ a: { c: 'x', d: [3, { y: null, z: true }] }, b: 1 })).toBe(a);
    expect(canonicalJson([undefined, 'é"\n'])).toBe('[null,"é\\"\\n"]');
  });
});
