import { compareLocaleCodes, type LocalizedText } from './diff-survey-model';
import type { TextChange } from './diff-types';

/**
 * Keys kept in the same relative order: the longest common subsequence of the keys present on
 * both sides. Anything common but outside it moved. Counting every item whose index shifted
 * instead would report all questions after an insertion as moved. Among equally long
 * subsequences the one keeping more items at their old index wins, so swapping two items
 * reports the one that changed place, not a neighbour that kept its index.
 */
export function keysInPlace(before: readonly string[], after: readonly string[]): Set<string> {
  const beforeIndex = new Map(before.map((key, index) => [key, index]));
  const afterIndex = new Map(after.map((key, index) => [key, index]));
  const a = before.filter((key) => afterIndex.has(key));
  const b = after.filter((key) => beforeIndex.has(key));
  // A match is worth more than all tie-break bonuses together.
  const match = a.length + 1;
  const gain = (key: string) => match + (beforeIndex.get(key) === afterIndex.get(key) ? 1 : 0);
  // Questionnaires hold a few hundred questions at most: the O(n·m) table is small.
  const score: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const row = score[i]!;
    const next = score[i + 1]!;
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const skip = Math.max(next[j]!, row[j + 1]!);
      row[j] = a[i] === b[j] ? Math.max(skip, next[j + 1]! + gain(a[i]!)) : skip;
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const key = a[i]!;
    if (key === b[j] && score[i]![j] === score[i + 1]![j + 1]! + gain(key)) {
      kept.add(key);
      i += 1;
      j += 1;
    } else if (score[i + 1]![j]! >= score[i]![j + 1]!) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return kept;
}

/**
 * The new order of keys with removed keys slotted in right after the key that preceded them in
 * the old order (the nearest one still present), so a reader sees a removal where it was.
 */
export function mergedOrder(before: readonly string[], after: readonly string[]): string[] {
  const afterIndex = new Map(after.map((key, index) => [key, index]));
  const removedAfter = new Map<number, string[]>();
  let anchor = -1;
  for (const key of before) {
    const index = afterIndex.get(key);
    if (index !== undefined) {
      anchor = index;
      continue;
    }
    const slot = removedAfter.get(anchor) ?? [];
    slot.push(key);
    removedAfter.set(anchor, slot);
  }
  const order: string[] = [...(removedAfter.get(-1) ?? [])];
  after.forEach((key, index) => {
    order.push(key, ...(removedAfter.get(index) ?? []));
  });
  return order;
}

export function diffTexts(before: LocalizedText, after: LocalizedText): TextChange[] {
  const locales = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareLocaleCodes);
  const changes: TextChange[] = [];
  for (const locale of locales) {
    const was = before[locale] ?? null;
    const now = after[locale] ?? null;
    if (was === now) continue;
    const change = was === null ? 'added' : now === null ? 'removed' : 'changed';
    changes.push({ locale, change, before: was, after: now });
  }
  return changes;
}

/** Deep equality that ignores object key order (JSON arrays keep their order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((value) => value !== undefined).length;
  return left.length === rightCount && left.every(([key, value]) => sameJson(value, right[key]));
}
