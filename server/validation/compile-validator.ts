import { compileQuestions, type CompiledQuestion } from './compile-questions';
import { ruleMessage, strictMessage } from './messages';
import { surveyCoreRules } from './survey-rules';
import { checkValue } from './value-checks';
import { choiceValues, isReadOnly, isShown, keptAnswers, otherSelected } from './visibility';

export interface AnswerError {
  field: string;
  code: 'unknown_question' | 'invalid_type' | 'invalid_choice' | 'too_many_choices' | 'out_of_range' | 'required' | 'validator';
  message: string;
}

export interface CompiledValidator {
  readonly questionNames: readonly string[];
  /**
   * Every problem with a response, as survey-core's validate() would find it for a respondent
   * completing the survey, plus the stricter checks survey-core lacks (see value-checks.ts).
   *
   * Answers to questions hidden by visibleIf (their own, their panel's or their page's) are
   * accepted but not validated, as survey-core does: its default clearInvisibleValues
   * 'onComplete' drops them when the respondent completes. They must still be of the right type
   * and among the offered choices. Store `answersToStore(answers)`, not the raw answers, so they
   * are dropped here too.
   */
  validate(answers: Record<string, unknown>, locale: string): AnswerError[];
  /** The answers survey-core would keep on completion: hidden questions and stray comments dropped. */
  answersToStore(answers: Record<string, unknown>): Record<string, unknown>;
}

const COMMENT_SUFFIX = '-Comment';

/**
 * Compiles a published SurveyJS document once (a survey-core model costs milliseconds to build;
 * this runs per version, not per request). The result holds no per-request state, so one
 * instance validates any number of responses, interleaved or not.
 */
export function compileValidator(surveyJson: unknown): CompiledValidator {
  const questions = compileQuestions(surveyJson);
  const byName = new Map(questions.map((question) => [question.name, question]));
  const answerable = questions.filter((question) => question.kind !== 'html');
  return {
    questionNames: answerable.map((question) => question.name),
    validate: (answers, locale) => validateAnswers(questions, byName, answers, locale),
    answersToStore: (answers) => keptAnswers(questions, answers),
  };
}

function validateAnswers(
  questions: readonly CompiledQuestion[],
  byName: ReadonlyMap<string, CompiledQuestion>,
  answers: Record<string, unknown>,
  locale: string,
): AnswerError[] {
  const errors: AnswerError[] = [];
  const malformed = new Set<string>();
  for (const [key, value] of Object.entries(answers)) {
    const error = keyError(key, value, answers, byName, locale);
    if (!error) continue;
    errors.push(error);
    malformed.add(key);
  }
  for (const question of questions) {
    if (question.kind === 'html' || malformed.has(question.name)) continue;
    if (!isShown(question, answers) || isReadOnly(question, answers)) continue;
    for (const rule of surveyCoreRules(question, answers)) {
      const message = ruleMessage(rule, question.title('en'), question.title(locale), locale);
      errors.push({ field: question.name, code: rule.code, message });
    }
  }
  return errors;
}

function keyError(
  key: string,
  value: unknown,
  answers: Record<string, unknown>,
  byName: ReadonlyMap<string, CompiledQuestion>,
  locale: string,
): AnswerError | undefined {
  const question = byName.get(key);
  if (question && question.kind !== 'html') {
    const problem = checkValue(question, value, answers, byName);
    if (!problem) return undefined;
    const offered = () => (question.kind === 'rating' ? question.rateValues : choiceValues(question, answers, byName));
    return { field: key, code: problem.code, message: strictMessage(problem, question.title('en'), offered) };
  }
  if (key.endsWith(COMMENT_SUFFIX)) return commentError(key, value, answers, byName);
  void locale;
  return { field: key, code: 'unknown_question', message: `This questionnaire has no question named "${key}".` };
}

/** survey-core stores the text of an 'other' choice under `<name>-Comment`, and only then. */
function commentError(
  key: string,
  value: unknown,
  answers: Record<string, unknown>,
  byName: ReadonlyMap<string, CompiledQuestion>,
): AnswerError | undefined {
  const question = byName.get(key.slice(0, -COMMENT_SUFFIX.length));
  if (!question || question.other === undefined) {
    return { field: key, code: 'unknown_question', message: `This questionnaire has no question named "${key}".` };
  }
  if (value === null || value === undefined || value === '') return undefined;
  const title = question.title('en');
  if (!otherSelected(question, answers[question.name])) {
    return { field: key, code: 'unknown_question', message: `"${key}" describes the "Other" answer to "${title}", which is not chosen.` };
  }
  if (typeof value !== 'string') {
    return { field: key, code: 'invalid_type', message: `The description of the "Other" answer to "${title}" must be text.` };
  }
  return undefined;
}
