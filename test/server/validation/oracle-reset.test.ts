import { describe, expect, it } from 'vitest';
import { caseGenerator, seedBase } from './generate-cases';
import { Oracle, type OracleVerdict } from './oracle';
import { readShapes } from './questionnaire-shape';
import { questionnaires, showFields, showKept } from './verdicts';

/**
 * The differential tests trust one reused survey-core model per questionnaire. This holds it to
 * a fresh model per response on a sample of generated responses, judged in sequence so any
 * state left behind by one response would show in the next, and on sequences built to leak: an
 * answered 'other' with its text followed by the same answer without it, and a full response
 * followed by an empty one. VALIDATION_RESET_CASES sets the sample size per questionnaire.
 */
const SAMPLE = Number(process.env.VALIDATION_RESET_CASES ?? 40);

const verdict = (judged: OracleVerdict) => `[${showFields(judged.fields)}] keeps ${showKept(judged.kept)}`;

function compare(json: unknown, sequence: readonly Record<string, unknown>[]): string[] {
  const reused = new Oracle(json, { fresh: false });
  const fresh = new Oracle(json, { fresh: true });
  const differences: string[] = [];
  for (const [index, answers] of sequence.entries()) {
    const [again, anew] = [verdict(reused.judge(answers)), verdict(fresh.judge(answers))];
    if (again !== anew) differences.push(`#${index} ${JSON.stringify(answers)}: reused ${again}, fresh ${anew}`);
    if (differences.length >= 5) break;
  }
  reused.dispose();
  return differences;
}

/** For every question with an 'other' choice: with its text, then without, after malformed answers, blank. */
function otherSequences(json: unknown, base: Record<string, unknown>): Record<string, unknown>[] {
  const sequence: Record<string, unknown>[] = [];
  for (const shape of readShapes(json)) {
    if (shape.other === undefined) continue;
    const picked = shape.type === 'checkbox' ? [shape.other] : shape.other;
    const key = `${shape.name}-Comment`;
    const { [key]: _dropped, ...rest } = base;
    sequence.push({ ...rest, [shape.name]: picked, [key]: 'Typed once' });
    sequence.push({ ...rest, [shape.name]: picked });
    // Malformed answers once left an 'other' text behind inside survey-core.
    sequence.push({ ...rest, [shape.name]: ['a'] }, { ...rest, [shape.name]: picked });
    sequence.push({ ...rest, [shape.name]: 'zzz' }, { ...rest, [shape.name]: picked });
    sequence.push({ ...rest, [shape.name]: picked, [key]: 'Typed again' });
    sequence.push({ ...rest, [shape.name]: picked, [key]: '   ' });
    sequence.push({ ...rest, [key]: 'Typed without other' });
  }
  return sequence;
}

// A questionnaire with a matrixdynamic gets a fresh model per response by default (oracle.ts).
const reusing = questionnaires().filter(([, json]) => !new Oracle(json).isFresh);

describe.each(reusing)('one reused, reset survey-core model for %s', (file, json) => {
  const generate = caseGenerator(json);
  const base = seedBase(file) + 1_000_000;

  it(`judges ${SAMPLE} generated responses in sequence exactly as a fresh model per response does`, () => {
    const sequence = Array.from({ length: SAMPLE }, (_, i) => generate(base + i).answers);
    expect(compare(json, sequence)).toEqual([]);
  });

  it("does not let an 'other' text or a full response leak into the next response", () => {
    const full = Array.from({ length: 20 }, (_, i) => generate(base + 500_000 + i)).find(({ kind }) => kind === 'careful');
    const answers = full?.answers ?? {};
    const others = otherSequences(json, answers);
    // Questionnaires whose top-level questions have no 'other' choice (the matrix and text-input
    // fixtures) still check that a full response does not leak into the next one.
    const sequence = [...others, answers, {}, answers, { [Object.keys(answers)[0] ?? 'x']: undefined }];
    expect(Object.keys(answers).length).toBeGreaterThan(0);
    expect(compare(json, sequence)).toEqual([]);
  });
});

describe('one reused, reset survey-core model after a response that showed a hidden choice', () => {
  const [, json] = questionnaires().find(([file]) => file === 'every-feature.json') ?? [];
  const valid = { status: 'student', years: 3, children: false, consent: 'yes', satisfaction: 4, agree: { welcome: 5, safe: 4 }, name: 'Amina' };

  it('reads a now hidden choice as a fresh model does', () => {
    // 'worker' shows only while {years} < 10. A fresh model reads a hidden 'worker' as an 'other'
    // answer, so the services page stays shown and its required rating is missed; a model that
    // still showed 'worker' from the previous response dropped it instead and hid the page.
    const sequence = [{ ...valid, status: 'worker', years: 5 }, { ...valid, status: 'worker', years: 30, satisfaction: undefined }];
    expect(compare(json, sequence)).toEqual([]);
  });
});

describe('a questionnaire with a matrixdynamic', () => {
  const [, json] = questionnaires().find(([file]) => file === 'matrices.json') ?? [];
  const services = { food_bank: { used: false }, settlement: { used: true, rating: 4, how: 'phone' } };

  it('is judged on a fresh model per response, which draws rowCount rows for an unanswered matrix', () => {
    const oracle = new Oracle(json);
    expect(oracle.isFresh).toBe(true);
    // The household matrix draws one row, whose first name is required; `[]` is below its minRowCount.
    expect(showFields(oracle.judge({ services, household: [] }).fields)).toBe('household:out_of_range');
    expect(showFields(oracle.judge({ services }).fields)).toBe('household:required');
  });
});
