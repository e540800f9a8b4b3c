import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerError } from '../../../server/validation/compile-validator';

/** The test fixtures and every shipped questionnaire in surveys/: file name, JSON, folder. */
export function questionnaires(): [string, unknown, 'fixtures' | 'surveys'][] {
  const found: [string, unknown, 'fixtures' | 'surveys'][] = [];
  const dirs = [['fixtures', join(import.meta.dirname, 'fixtures')], ['surveys', join(import.meta.dirname, '../../../surveys')]] as const;
  for (const [from, dir] of dirs) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
      found.push([file, JSON.parse(readFileSync(join(dir, file), 'utf8')), from]);
    }
  }
  return found;
}

export function byField(errors: readonly AnswerError[]): Map<string, Set<string>> {
  const fields = new Map<string, Set<string>>();
  for (const error of errors) fields.set(error.field, (fields.get(error.field) ?? new Set()).add(error.code));
  return fields;
}

/** A verdict as one comparable line: `field:code+code` pairs, sorted. */
export function showFields(fields: ReadonlyMap<string, ReadonlySet<string>>): string {
  return [...fields].map(([field, codes]) => `${field}:${[...codes].sort().join('+')}`).sort().join(' ');
}

export function showKept(kept: Record<string, unknown> | undefined): string {
  if (!kept) return '-';
  return JSON.stringify(Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b))));
}
