import type { SeededRandom } from './seeded-random';

/**
 * Values for each text input type: what a browser's input of that type sends (within the
 * question's min and max when it has them), what it could never send, and values just past the
 * bounds. The oracle, not this, decides what passes.
 */
const SAMPLES: Record<string, string[]> = {
  date: ['1987-02-28', '2004-06-15', '2019-11-30', '2024-02-29', '2025-01-01'],
  'datetime-local': ['2019-11-30T08:15', '2024-02-29T23:59', '2025-01-01T00:00', '2023-07-04T12:30:45'],
  time: ['00:00', '08:15', '12:30', '17:45:30', '23:59'],
  month: ['1999-12', '2019-11', '2024-02', '2025-01'],
  week: ['2019-W01', '2024-W09', '2024-W33', '2025-W52'],
  color: ['#000000', '#ff8800', '#1A2B3C'],
  email: ['someone@example.org', 'amina.k@example.ca'],
  tel: ['613-555-0100', '+1 819 555 0199'],
  url: ['https://example.org', 'http://ottawa.ca/services'],
};

const MALFORMED: Record<string, unknown[]> = {
  date: ['2024-02-30', '15/06/2004', '2024-6-1', 20240601],
  'datetime-local': ['2024-02-29', '2024-02-29 10:00', '2024-02-29T25:00'],
  time: ['8:15', '24:00', '12:60', 1230],
  month: ['2024-13', '2024-1', 'March'],
  week: ['2024-W9', '2024-W54', '2024W09'],
  color: ['red', '#fff', '#12345g'],
  number: ['12', true, Number.NaN],
  range: ['50', Number.POSITIVE_INFINITY],
};

const NUMERIC = new Set(['number', 'range']);

export function isDatedInput(inputType: string): boolean {
  return inputType in SAMPLES && !['email', 'tel', 'url', 'color'].includes(inputType);
}

/** Values a browser could send, kept within min and max (compared as survey-core compares them). */
export function sentByBrowser(inputType: string, min: unknown, max: unknown, random: SeededRandom): unknown[] {
  if (NUMERIC.has(inputType)) {
    const low = typeof min === 'number' ? min : 0;
    const high = typeof max === 'number' ? max : inputType === 'range' ? 100 : 100;
    return [low, high, low + random.int(0, Math.max(0, Math.floor(high - low)))];
  }
  const samples = SAMPLES[inputType] ?? [];
  const within = samples.filter((sample) => inside(inputType, sample, min, max));
  return random.subset(within.length > 0 ? within : samples, samples.length);
}

function inside(inputType: string, value: string, min: unknown, max: unknown): boolean {
  const at = (bound: unknown) => (inputType.startsWith('date') ? new Date(String(bound)).getTime() : String(bound));
  const mine = at(value);
  return (typeof min !== 'string' || mine >= at(min)) && (typeof max !== 'string' || mine <= at(max));
}

/** Values a browser input of this type could not have sent. */
export function neverSent(inputType: string): unknown[] {
  return MALFORMED[inputType] ?? [7, ['x'], { a: 1 }];
}

/** Well-formed values just outside min or max, or none when the question sets neither. */
export function pastBounds(inputType: string, min: unknown, max: unknown): unknown[] {
  if (NUMERIC.has(inputType)) {
    const low = typeof min === 'number' ? min : 0;
    const high = typeof max === 'number' ? max : 100;
    return inputType === 'range' || typeof min === 'number' || typeof max === 'number' ? [low - 1, high + 1] : [];
  }
  return (SAMPLES[inputType] ?? []).filter((sample) => !inside(inputType, sample, min, max));
}
