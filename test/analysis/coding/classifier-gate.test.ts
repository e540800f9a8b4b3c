import { describe, expect, it } from 'vitest';
import { classifierIfItHelps } from '../../../analysis/coding';

describe('the partnership classifier gate', () => {
  it('keeps the classifier when the partnership names a need in words no lexicon knows', () => {
    // "Zorbix" is this partnership's housing registry; "Quilpa" its job board.
    const examples = Array.from({ length: 100 }, (_, index) =>
      index % 2 === 0
        ? { text: `still on the zorbix list after ${index} weeks, zorbix never calls`, lang: 'en', themes: ['housing'] }
        : { text: `quilpa posting ${index} went nowhere, quilpa again`, lang: 'en', themes: ['employment'] },
    );
    const gate = classifierIfItHelps(examples);
    expect(gate.checked).toBe(20);
    expect(gate.withF1 ?? 0).toBeGreaterThan(gate.withoutF1 ?? 0);
    expect(gate.classifier).toBeDefined();
  });

  it('leaves it off when the coder alone already codes those answers', () => {
    const examples = Array.from({ length: 100 }, (_, index) =>
      index % 2 === 0
        ? { text: `the landlord raised the rent again, month ${index}`, lang: 'en', themes: ['housing'] }
        : { text: `no family doctor, the walk in clinic wait is ${index} hours`, lang: 'en', themes: ['health'] },
    );
    expect(classifierIfItHelps(examples).classifier).toBeUndefined();
  });

  it('does not decide on fewer than ten held-back answers', () => {
    expect(classifierIfItHelps([{ text: 'rent', themes: ['housing'] }]).classifier).toBeUndefined();
  });
});
