import { describe, expect, it } from 'vitest';
import { bodyWriter, corpusAnswers, respondentPool, SHIPPED_LOCALES } from '../../bench/realistic-respondents';
import { compileValidator } from '../../server/validation/compile-validator';
import newcomerSurvey from '../../surveys/newcomer-needs.json';
import providerSurvey from '../../surveys/provider-survey.json';
import { Oracle } from '../server/validation/oracle';

const pool = respondentPool(400);
const surveys = { '/api/c/demo/responses': newcomerSurvey, '/api/c/demo-providers/responses': providerSurvey } as Record<string, unknown>;
const OPEN = new Set(['discrimination_details', 'biggest_challenge', 'what_helped', 'more_welcoming', 'gaps_explained', 'recommendations', 'what_works']);

describe('realistic respondents for the intake benchmarks', () => {
  it('are complete responses survey-core accepts as a respondent completing the survey would', () => {
    const oracles = new Map(Object.entries(surveys).map(([path, json]) => [path, new Oracle(json)]));
    const sample = pool.slice(0, 80);
    for (const respondent of sample) {
      const verdict = oracles.get(respondent.path)!.judge(respondent.answers);
      expect({ locale: respondent.locale, fields: Object.fromEntries([...verdict.fields].map(([field, codes]) => [field, [...codes]])) }).toEqual({ locale: respondent.locale, fields: {} });
    }
  });

  it('pass the compiled validator intake runs, with nothing dropped as hidden', () => {
    const validators = new Map(Object.entries(surveys).map(([path, json]) => [path, compileValidator(json as Record<string, unknown>)]));
    for (const respondent of pool) {
      const validator = validators.get(respondent.path)!;
      expect(validator.validate(respondent.answers, respondent.locale)).toEqual([]);
      expect(Object.keys(validator.answersToStore(respondent.answers)).sort()).toEqual(Object.keys(respondent.answers).sort());
    }
  });

  it('come in every shipped language, from both questionnaires, with optional questions sometimes skipped', () => {
    expect(new Set(pool.map((r) => r.locale))).toEqual(new Set(SHIPPED_LOCALES));
    expect(new Set(pool.map((r) => r.path))).toEqual(new Set(Object.keys(surveys)));
    const newcomers = pool.filter((r) => r.path === '/api/c/demo/responses');
    expect(newcomers.some((r) => !('gender' in r.answers))).toBe(true);
    expect(newcomers.some((r) => 'gender' in r.answers)).toBe(true);
  });

  it('carry open answers written in the respondent language, taken from the corpus', () => {
    let open = 0;
    for (const respondent of pool) {
      const corpus = corpusAnswers(respondent.locale);
      for (const [key, value] of Object.entries(respondent.answers)) {
        if (!OPEN.has(key)) continue;
        open++;
        expect(typeof value).toBe('string');
        expect(corpus.some((text) => (value as string).startsWith(text))).toBe(true);
      }
    }
    expect(open).toBeGreaterThan(pool.length);
  });

  it('are the same pool for the same seed, and each body gets its own id', () => {
    expect(respondentPool(20)).toEqual(pool.slice(0, 20));
    const write = bodyWriter(pool[0]!);
    const [first, second] = [JSON.parse(write()), JSON.parse(write())];
    expect(first.id).not.toBe(second.id);
    expect(first.answers).toEqual(pool[0]!.answers);
    expect(first.locale).toBe(pool[0]!.locale);
  });
});
