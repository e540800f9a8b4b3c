import { answerGenerator } from './generate-answers';
import { respondentGenerator } from './generate-respondent';
import { SeededRandom } from './seeded-random';

export type CaseKind = 'careful' | 'near-miss' | 'reshaped' | 'chaotic';

export interface GeneratedCase {
  seed: number;
  kind: CaseKind;
  answers: Record<string, unknown>;
}

/**
 * The mix the differential tests run: careful respondents (most pass), near misses (one field
 * wrong, so most fail on exactly that field), reshaped responses (answers survey-core must reshape
 * or clear, which other questions' conditions then read) and chaotic clients (wrong types, stray
 * keys, many problems at once). Every case is a pure function of its seed, so a failure can be
 * replayed.
 */
export function caseGenerator(surveyJson: unknown): (seed: number) => GeneratedCase {
  const respondent = respondentGenerator(surveyJson);
  const chaotic = answerGenerator(surveyJson);
  return (seed) => {
    const random = new SeededRandom(seed);
    const roll = random.next();
    if (roll < 0.45) return { seed, kind: 'careful', answers: respondent.careful(random) };
    if (roll < 0.75) return { seed, kind: 'near-miss', answers: respondent.nearMiss(random) };
    if (roll < 0.87) return { seed, kind: 'reshaped', answers: respondent.reshaped(random) };
    return { seed, kind: 'chaotic', answers: chaotic(random) };
  };
}

/** A stable seed per questionnaire file, so adding a file does not reshuffle the others. */
export function seedBase(file: string): number {
  return [...file].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);
}
