import fc from 'fast-check';

/** Keys that reach Object.prototype or shadow its methods when code treats a body as a plain object. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Strings that break naive handling: NUL, lone surrogates, direction overrides, zero-width and combining marks. */
const EDGE_STRINGS = [
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\u202e\u0645\u0631\u062d\u0628\u0627\u202c',
  '\u2066isolate\u2069',
  '\u200b\u200d\ufeff',
  'e\u0301\u0301\u0301',
  '\u{1f3f3}\u{fe0f}\u{200d}\u{1f308}',
  '<script>alert(1)</script>',
  "'; drop table responses; --",
  '{"$ne":null}',
  '=cmd|calc',
  '../../etc/passwd',
];

/** A string from every corner: any UTF-16 code units (lone surrogates included), edge cases, or a huge one. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...EDGE_STRINGS, ...PROTOTYPE_KEYS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    // Past the 256 KiB body limit once JSON-encoded, or just under it.
    { weight: 1, arbitrary: fc.constantFrom(300 * 1024, 120 * 1024, 4096).chain((n) => fc.constantFrom('x', '\u00e9', '\u202e').map((c) => c.repeat(n))) },
  );
}

/** Any JSON value, strings hostile, a few levels deep. */
export function hostileJson(): fc.Arbitrary<unknown> {
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2)),
      hostileString(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(hostileString(), fc.constantFrom(...PROTOTYPE_KEYS)), tie('value'), { maxKeys: 4 }),
    ),
  }));
  return value;
}

/**
 * JSON text nested tens to thousands deep (arrays, objects or both): recursion limits in
 * parsers, validators and hashing. Text, because a value that deep overflows the stack of
 * whoever stringifies it, the test included.
 */
export function deeplyNestedJson(): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 20, max: 20_000 }), fc.constantFrom('[', '{"a":', 'mixed')).map(([depth, opener]) => {
    const openers = Array.from({ length: depth }, (_, i) => (opener === 'mixed' ? (i % 2 ? '[' : '{"a":') : opener));
    return `${openers.join('')}"bottom"${openers.reverse().map((o) => (o === '[' ? ']' : '}')).join('')}`;
  });
}

/** A JSON object whose own keys include prototype keys, written as text so `__proto__` stays an own key. */
export function withPrototypeKeys(base: Record<string, unknown>, extra: Record<string, unknown>): string {
  const own = JSON.stringify(base).slice(0, -1);
  const added = Object.entries(extra).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`);
  return `${own}${own.length > 1 && added.length ? ',' : ''}${added.join(',')}}`;
}
