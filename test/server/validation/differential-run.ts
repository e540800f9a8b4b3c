import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileValidator, type CompiledValidator } from '../../../server/validation/compile-validator';
import { caseGenerator, seedBase } from './generate-cases';
import { Oracle } from './oracle';
import { byField, questionnaires, showFields, showKept } from './verdicts';

/**
 * The compiled validator against survey-core itself (see oracle.ts), on seeded generated
 * responses over the test fixtures and every shipped questionnaire in surveys/ (two test files,
 * so the two halves run in parallel). A failure prints the seed and the response, so it can be
 * replayed. VALIDATION_DIFF_CASES sets the total number of responses over all questionnaires,
 * shared evenly. The default, 3,000, is the proof the intake issue asks for ("thousands"), at
 * about 70 s of CPU; VALIDATION_DIFF_CASES=300 gives a quick run while working elsewhere.
 */
const TOTAL = Number(process.env.VALIDATION_DIFF_CASES ?? 3000);
/** Cases per test, so no single test comes near vitest's 30 s timeout on a slow machine. */
const CHUNK = 150;

export function describeDifferential(label: string, dir: 'fixtures' | 'surveys'): void {
  const all = questionnaires();
  // VALIDATION_DIFF_FILES=a.json,b.json runs only those questionnaires, with the same share each.
  const only = process.env.VALIDATION_DIFF_FILES?.split(',').map((name) => name.trim());
  const files = all.filter(([file, , from]) => from === dir && (!only || only.includes(file)));
  const perQuestionnaire = Math.max(1, Math.ceil(TOTAL / all.length));
  const totals = { cases: 0, valid: 0, ms: 0 };

  afterAll(() => {
    const share = totals.cases > 0 ? Math.round((100 * totals.valid) / totals.cases) : 0;
    console.log(
      `differential validation, ${label}: ${totals.cases} responses over ${files.length} questionnaire(s), ` +
        `${totals.valid} valid (${share}%), ${(totals.ms / 1000).toFixed(1)} s`,
    );
  });

  describe.each(files)('the compiled validator on %s', (file, json) => {
    describeQuestionnaire(file, json, perQuestionnaire, totals);
  });
}

function describeQuestionnaire(file: string, json: unknown, perQuestionnaire: number, totals: { cases: number; valid: number; ms: number }): void {
  const generate = caseGenerator(json);
  const base = seedBase(file);
  const seen = { cases: 0, valid: 0 };
  let validator: CompiledValidator;
  let oracle: Oracle;

  beforeAll(() => {
    validator = compileValidator(json);
    oracle = new Oracle(json);
  });
  afterAll(() => oracle.dispose());

  for (let start = 0; start < perQuestionnaire; start += CHUNK) {
    const end = Math.min(start + CHUNK, perQuestionnaire);
    it(`reports the same fields and codes as survey-core plus the strict checks, and keeps the same answers, on responses ${start + 1}–${end}`, () => {
      const began = performance.now();
      const mismatches: string[] = [];
      for (let i = start; i < end && mismatches.length < 5; i++) {
        const { seed, kind, answers } = generate(base + i);
        const expected = oracle.judge(answers);
        // check() is what intake calls: validate() and answersToStore() from one pass.
        const { errors: actual, toStore } = validator.check(answers, 'en');
        const [want, got] = [showFields(expected.fields), showFields(byField(actual))];
        seen.cases++;
        if (want !== got) mismatches.push(`seed ${seed} (${kind}): survey-core [${want}] compiled [${got}] for ${JSON.stringify(answers)}`);
        if (actual.length > 0) continue;
        seen.valid++;
        const [completed, kept] = [showKept(expected.kept), showKept(toStore!)];
        if (kept !== completed) mismatches.push(`seed ${seed} (${kind}): survey-core keeps ${completed}, compiled keeps ${kept} of ${JSON.stringify(answers)}`);
        const alone = showKept(validator.answersToStore(answers));
        if (alone !== kept) mismatches.push(`seed ${seed} (${kind}): answersToStore keeps ${alone}, check keeps ${kept} of ${JSON.stringify(answers)}`);
      }
      totals.ms += performance.now() - began;
      expect(mismatches).toEqual([]);
      // survey-core takes tens of milliseconds per response on a loaded machine: no wall-clock limit here.
    }, 300_000);
  }

  it('exercises both verdicts: at least 30% of the responses pass and at least 30% fail', () => {
    totals.cases += seen.cases;
    totals.valid += seen.valid;
    // With a handful of cases (a quick local run) the shares are noise.
    if (seen.cases < 100) return;
    expect(seen.valid).toBeGreaterThanOrEqual(seen.cases * 0.3);
    expect(seen.cases - seen.valid).toBeGreaterThanOrEqual(seen.cases * 0.3);
  });
}
