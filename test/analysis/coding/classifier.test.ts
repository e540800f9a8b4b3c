import { describe, expect, it } from 'vitest';
import { createCoder, evaluateCoding, predict, trainClassifier, type TrainingExample } from '../../../analysis/coding';

// A partnership's own human-coded answers, full of local names the shipped lexicon cannot know:
// the agency (NAC), the listings site (Kijiji), the income program (OW), the PSW course, the YMCA.
const LOCAL: TrainingExample[] = [
  { text: 'went to NAC and they sorted everything', themes: ['settlement_services'] },
  { text: 'NAC counsellor was great', themes: ['settlement_services'] },
  { text: 'should have gone to NAC sooner', themes: ['settlement_services'] },
  { text: 'NAC appointment took weeks', themes: ['settlement_services'] },
  { text: 'nobody told us about NAC', themes: ['settlement_services'] },
  { text: 'kijiji listings are gone in an hour', themes: ['housing'] },
  { text: 'checking kijiji every day for months', themes: ['housing'] },
  { text: 'kijiji scams when looking for a place', themes: ['housing', 'safety_justice'] },
  { text: 'everything on kijiji wants references', themes: ['housing'] },
  { text: 'found something on kijiji finally after 4 months', themes: ['housing'] },
  { text: 'OW is not enough for a family of five', themes: ['basic_needs'] },
  { text: 'waiting on OW cheque', themes: ['basic_needs'] },
  { text: 'we live on OW for now', themes: ['basic_needs'] },
  { text: 'OW cut us off', themes: ['basic_needs'] },
  { text: 'the OW worker never answers', themes: ['basic_needs'] },
  { text: 'PSW course has a waitlist of a year', themes: ['employment'] },
  { text: 'want to do the PSW course', themes: ['employment'] },
  { text: 'PSW is the only option for us', themes: ['employment'] },
  { text: 'finished PSW but no placement', themes: ['employment'] },
  { text: 'PSW placement is far', themes: ['employment'] },
  { text: 'YMCA membership for the kids', themes: ['recreation_public_space'] },
  { text: 'the YMCA pool hours', themes: ['recreation_public_space'] },
  { text: 'YMCA subsidy ran out', themes: ['recreation_public_space'] },
  { text: 'YMCA drop in is always full', themes: ['recreation_public_space'] },
  { text: 'cheaper YMCA', themes: ['recreation_public_space'] },
];

describe('the trained classifier', () => {
  it('is plain JSON that survives a round trip', () => {
    const model = trainClassifier(LOCAL);
    const copy = JSON.parse(JSON.stringify(model)) as typeof model;
    expect(predict(copy, 'kijiji again', 'en')).toEqual(predict(model, 'kijiji again', 'en'));
  });

  it('predicts the theme its examples taught it', () => {
    const model = trainClassifier(LOCAL);
    const scores = predict(model, 'kijiji', 'en');
    expect(scores.housing).toBeGreaterThan(0.5);
    expect(scores.health).toBe(0);
  });

  it('improves micro-F1 on held-out local answers when trained on the others', () => {
    const train = LOCAL.filter((_, index) => index % 5 < 3);
    const heldOut = LOCAL.filter((_, index) => index % 5 >= 3);
    const lexiconOnly = createCoder();
    const blended = createCoder({ classifier: trainClassifier(train) });
    const human = heldOut.map((item) => [...item.themes]);
    const before = evaluateCoding(human, heldOut.map((item) => lexiconOnly({ text: item.text, lang: 'en' }).themes));
    const after = evaluateCoding(human, heldOut.map((item) => blended({ text: item.text, lang: 'en' }).themes));
    expect(blended({ text: 'x', lang: 'en' }).method).toBe('lexicon+classifier');
    expect(after.micro.f1 ?? 0).toBeGreaterThan((before.micro.f1 ?? 0) + 0.3);
  });

  it('leaves answers with no learned words to the lexicon', () => {
    const blended = createCoder({ classifier: trainClassifier(LOCAL) });
    expect(blended({ text: 'no family doctor', lang: 'en' }).themes).toEqual(['health']);
    expect(blended({ text: 'rien', lang: 'fr' }).themes).toEqual(['no_content']);
  });
});
