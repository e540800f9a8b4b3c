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

  // The team's own examples, written next to the lexicons: a regression guard, not an estimate of
  // quality (that is the labelled corpus's held-out part, docs/coding.md). Measured 0.89 and 2.5
  // points with the model fitted on the corpus, which codes less eagerly than the lexicon alone.
  it('keeps held-out micro-F1 at or above 0.85 and every share within 3.5 points', () => {
    const evaluation = evaluateCoding(
      heldOut.map((item) => item.themes),
      heldOut.map((item) => codeAnswer(item).themes),
    );
    expect(evaluation.micro.f1 ?? 0).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.maxAbsShareGap).toBeLessThanOrEqual(0.035);
  });
});
