import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLabelledAnswers, type LabelledAnswer } from '../../analysis/coding';

export const DEVSET_PARTS = ['held-out', 'development'] as const;
export type DevsetPart = (typeof DEVSET_PARTS)[number];

export function readDevset(part: DevsetPart): LabelledAnswer[] {
  const url = new URL(`../../analysis/devset/${part}.jsonl`, import.meta.url);
  return parseLabelledAnswers(readFileSync(fileURLToPath(url), 'utf8'));
}
