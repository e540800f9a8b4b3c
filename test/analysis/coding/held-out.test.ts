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

  // A regression guard at the level measured once price words stopped counting toward basic_needs
  // next to rent (micro-F1 0.922, largest share gap 2.5 points), not the goal (0.80 and 5 points).
  it('keeps held-out micro-F1 at or above 0.91 and every share within 3 points', () => {
    const evaluation = evaluateCoding(
      heldOut.map((item) => item.themes),
      heldOut.map((item) => codeAnswer(item).themes),
    );
    expect(evaluation.micro.f1 ?? 0).toBeGreaterThanOrEqual(0.91);
    expect(evaluation.maxAbsShareGap).toBeLessThanOrEqual(0.03);
  });
});
