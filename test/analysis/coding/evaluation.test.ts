import { describe, expect, it } from 'vitest';
import { evaluateCoding } from '../../../analysis/coding';

describe('evaluateCoding', () => {
  // Four answers, two themes. Worked by hand:
  //   housing: human {1,2}, machine {1,3} → tp 1, fp 1, fn 1 → P 0.5, R 0.5, F1 0.5;
  //     agreement 2/4, both coders say yes half the time → pe 0.5 → kappa 0.
  //   health: human {3}, machine {3} → P 1, R 1, F1 1, kappa 1.
  //   micro: tp 2, fp 1, fn 1 → P 2/3, R 2/3, F1 2/3; macro F1 (0.5 + 1) / 2 = 0.75.
  const human = [['housing'], ['housing'], ['health'], []];
  const machine = [['housing'], [], ['health', 'housing'], []];
  const evaluation = evaluateCoding(human, machine, ['housing', 'health', 'media_representation']);

  it('scores each theme as its own yes/no judgement', () => {
    const [housing, health] = evaluation.themes;
    expect(housing).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5, kappa: 0 });
    expect(health).toMatchObject({ precision: 1, recall: 1, f1: 1, kappa: 1 });
  });

  it('pools counts for micro scores and averages used themes for macro F1', () => {
    expect(evaluation.micro.precision).toBeCloseTo(2 / 3, 10);
    expect(evaluation.micro.recall).toBeCloseTo(2 / 3, 10);
    expect(evaluation.micro.f1).toBeCloseTo(2 / 3, 10);
    expect(evaluation.macroF1).toBeCloseTo(0.75, 10);
  });

  it('leaves precision, recall and F1 undefined for a theme nobody used', () => {
    const unused = evaluation.themes[2];
    expect(unused).toMatchObject({ precision: null, recall: null, f1: null, humanShare: 0, predictedShare: 0 });
  });

  it('reports human and machine shares and their gap', () => {
    const [housing, health] = evaluation.themes;
    expect(housing).toMatchObject({ humanShare: 0.5, predictedShare: 0.5, shareGap: 0 });
    expect(health).toMatchObject({ humanShare: 0.25, predictedShare: 0.25 });
    const skewed = evaluateCoding([['health'], [], [], []], [['health'], ['health'], ['health'], []], ['health']);
    expect(skewed.themes[0]?.shareGap).toBeCloseTo(0.5, 10);
    expect(skewed.maxAbsShareGap).toBeCloseTo(0.5, 10);
  });

  it('refuses sets of different lengths', () => {
    expect(() => evaluateCoding([[]], [])).toThrow();
  });
});
