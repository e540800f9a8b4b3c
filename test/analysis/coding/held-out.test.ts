import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeAnswer, evaluateCoding, parseLabelledAnswers } from '../../../analysis/coding';

const read = (part: string) => parseLabelledAnswers(readFileSync(new URL(`../../../analysis/devset/${part}.jsonl`, import.meta.url), 'utf8'));

describe('the shipped coder on the labelled development set', () => {
  const heldOut = read('held-out');
  const development = read('development');

  it('has at least 300 labelled answers, 100 of them held out, with unique ids', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(100);
    expect(heldOut.length + development.length).toBeGreaterThanOrEqual(300);
    const ids = [...heldOut, ...development].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // A regression guard at the level measured when the lexicons were first frozen (micro-F1 0.908,
  // largest share gap 5.8 points on basic_needs), not the goal (0.80 and 5 points).
  it('keeps held-out micro-F1 at or above 0.90 and every share within 6 points', () => {
    const evaluation = evaluateCoding(
      heldOut.map((item) => item.themes),
      heldOut.map((item) => codeAnswer(item).themes),
    );
    expect(evaluation.micro.f1 ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.maxAbsShareGap).toBeLessThanOrEqual(0.06);
  });
});
