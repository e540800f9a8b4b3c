import { readFileSync } from 'node:fs';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../analysis/coding/normalize';
import { detectTrigramLanguage } from '../../../analysis/coding/trigram-language';
import { readCorpus } from '../../../server/cli/devset-files';

const ONLY = ['eng', 'fra', 'spa', 'tgl'];
const francSays = (text: string, minLength: number): string => franc(text, { only: ONLY, minLength });

const devset = ['development', 'held-out'].flatMap((part) =>
  readFileSync(new URL(`../../../analysis/devset/${part}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const answers = [...readCorpus().texts.map((text) => text.text), ...devset];

describe('detectTrigramLanguage', () => {
  it('answers as franc-min does on every corpus and devset answer, folded and as typed', () => {
    expect(answers.length).toBeGreaterThan(2000);
    let disagreements = 0;
    for (const answer of answers) {
      for (const text of [answer, foldText(answer), foldText(answer).slice(0, 160)]) {
        if (detectTrigramLanguage(text, 24) !== francSays(text, 24)) disagreements += 1;
      }
    }
    expect(disagreements).toBe(0);
  });

  it('answers as franc-min does on every prefix around the minimum length', () => {
    let compared = 0;
    for (const answer of answers.slice(0, 600)) {
      const folded = foldText(answer);
      for (let length = 20; length <= 40 && length <= folded.length; length += 1) {
        const prefix = folded.slice(0, length);
        expect(detectTrigramLanguage(prefix, 24)).toBe(francSays(prefix, 24));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it.each([
    ['too short for the minimum length', 'logement trop cher', 'und'],
    ['Arabic script outnumbers the Latin', 'السكن غالي جدا والإيجار مرتفع في المدينة rent housing', 'und'],
    ['Latin outnumbers Arabic script', 'the rent is too high and the landlord wants more السكن', 'eng'],
    ['Han outnumbers Latin', '房租太贵了，找不到工作，孩子上学也很难 rent job', 'und'],
    ['digits and punctuation only', '1234567890 !!! ??? 1234567890 ...', 'und'],
    ['French with accents as typed', 'Le loyer est beaucoup trop élevé pour une famille de cinq', 'fra'],
    ['Spanish', 'no hay trabajo para los recién llegados en esta ciudad', 'spa'],
    ['Tagalog', 'wala kaming mahanap na trabaho dito sa lungsod', 'tgl'],
  ])('%s', (_case, text, expected) => {
    expect(detectTrigramLanguage(text, 24)).toBe(expected);
    expect(francSays(text, 24)).toBe(expected);
  });
});
