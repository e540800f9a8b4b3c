import { compileQuestions, type CompiledQuestion } from './compile-questions';
import { loadedAnswers, loadRewrites, loadsAsSent, rewritingQuestions, type LoadNotes } from './loaded-answers';
import { ruleMessage, strictMessage } from './messages';
import { surveyCoreRules } from './survey-rules';
import { checkValue } from './value-checks';
import { compileCalculatedValues, withComputed, type CalculatedValue } from './computed-values';
import { validationPass, type PageTriggers, type PassResult } from './validation-pass';
import { compileCompleteTriggers } from './complete-triggers';
import { compileSkipTriggers } from './skip-triggers';
import { storedRanking } from './ranking-load';
import { choiceValues, isShown, keptAnswers, otherSelected, type Values } from './visibility';
import { knownNames, markedLike, markedSafe, withoutCaseStrays, type KnownNames } from './case-safe';
import { storedTotal, TOTAL_SUFFIX } from './matrix-totals';
import { hasCellExpressions, withCellExpressions } from './cell-expressions';

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
   *
   * Conditions and rules read each answer as survey-core holds it: a malformed answer is reshaped
   * or cleared the way survey-core does before other questions read it (loaded-values.ts,
   * clear-unknown-choices.ts), so their errors are survey-core's too.
   */
  validate(answers: Record<string, unknown>, locale: string): AnswerError[];
  /** The answers survey-core would keep on completion: hidden questions and stray comments dropped. */
  answersToStore(answers: Record<string, unknown>): Record<string, unknown>;
  /**
   * validate() and, when it finds nothing, answersToStore() from the same pass over the answers:
   * intake needs both, and the pass is most of the cost of each.
   */
  check(answers: Record<string, unknown>, locale: string): { errors: AnswerError[]; toStore?: Record<string, unknown> };
}

const COMMENT_SUFFIX = '-Comment';

/** An expression question or a calculated value: survey-core computes it from the answers. */
type Computing = Pick<CompiledQuestion, 'name' | 'computed'> | CalculatedValue;

/**
 * Compiles a published SurveyJS document once (a survey-core model costs milliseconds to build;
 * this runs per version, not per request). The result holds no per-request state, so one
 * instance validates any number of responses, interleaved or not.
 */
export function compileValidator(surveyJson: unknown): CompiledValidator {
  const questions = compileQuestions(surveyJson);
  const byName = new Map(questions.map((question) => [question.name, question]));
  const answerable = questions.filter((question) => question.kind !== 'html');
  const shapeFollowsAnswers = questions.some(offerFollowsAnswers);
  const calculated = compileCalculatedValues(surveyJson);
  // Matrices whose expression cells survey-core computes when it draws their rows (cell-expressions.ts).
  const cellComputing = questions.filter(hasCellExpressions);
  // survey-core runs the calculated values before the questions' expressions.
  const computed: Computing[] = [...calculated, ...questions.filter((question) => question.computed)];
  const stored = calculated.filter((value) => value.includeIntoResult).map((value) => value.name);
  const triggers: PageTriggers = { completes: compileCompleteTriggers(surveyJson, (name) => byName.get(name)?.page), skips: compileSkipTriggers(surveyJson, byName) };
  // A ranking may hold a choice nobody sent, a copying checkbox be reordered (loaded-answers.ts).
  const rewriting = rewritingQuestions(questions, byName);
  const asSent = (answers: Values) => loadsAsSent(answers, byName) && !(rewriting.length > 0 && loadRewrites(rewriting, byName, answers));
  const known = knownNames([...topLevelNames(questions), ...calculated.map((value) => value.name)]);
  const questionNames = new Set(byName.keys());
  const byLowerCase = new Map(questions.map((question) => [question.name.toLowerCase(), question.name]));
  const readable = (answers: Values) => withoutCaseStrays(answers, questionNames, byLowerCase);
  const validation = (answers: Values, locale: string) => validateAnswers(questions, byName, shapeFollowsAnswers, computed, cellComputing, stored, triggers, answers, locale, asSent, known, readable);
  const totaled = questions.filter((question) => question.cells?.totals);
  return {
    questionNames: answerable.map((question) => question.name),
    validate: (answers, locale) => validation(answers, locale).errors,
    answersToStore: (answers) => storedAnswers(questions, byName, computed, cellComputing, stored, triggers, answers, asSent, known, totaled),
    check: (answers, locale) => {
      const { errors, pass, notes } = validation(answers, locale);
      return errors.length > 0 ? { errors } : { errors, toStore: withTotals(totaled, keptOnCompletion(questions, stored, withCells(cellComputing, answers, pass.values), pass, notes), pass.values) };
    },
  };
}

/**
 * Every name the validator's values hold at the top level: the questions, a multipletext's items
 * (overlaid to judge them, in a dynamic panel too) and the names of matrix rows, choices and
 * dynamic panels (visibility.ts, matrix-cells.ts, panel-dynamic.ts).
 */
function topLevelNames(questions: readonly CompiledQuestion[]): string[] {
  const names = ['row', 'item', 'panel', 'panelIndex'];
  for (const question of questions) {
    names.push(question.name, ...(question.textItems ?? []).map((item) => item.name));
    for (const element of question.panels?.elements ?? []) names.push(...(element.question.textItems ?? []).map((item) => item.name));
  }
  return names;
}

/** True when the choices (or matrix rows and columns) a question offers depend on the answers. */
function offerFollowsAnswers(question: CompiledQuestion): boolean {
  const conditional = (items: CompiledQuestion['rows']) => items.some((item) => item.visibleIf);
  if (question.cells?.columns.some(offerFollowsAnswers)) return true;
  if (question.panels?.elements.some((element) => offerFollowsAnswers(element.question))) return true;
  return question.choicesFollowAnswers || !!question.rowsVisibleIf || !!question.columnsVisibleIf || conditional(question.rows) || conditional(question.columns);
}

function validateAnswers(
  questions: readonly CompiledQuestion[],
  byName: ReadonlyMap<string, CompiledQuestion>,
  shapeFollowsAnswers: boolean,
  computed: readonly Computing[],
  cellComputing: readonly CompiledQuestion[],
  stored: readonly string[],
  triggers: PageTriggers,
  answers: Record<string, unknown>,
  locale: string,
  holdsAsSent: (answers: Values) => boolean,
  known: KnownNames | undefined,
  readableOf: (answers: Values) => Values,
): { errors: AnswerError[]; pass: PassResult; notes: LoadNotes } {
  // Every key is judged, but conditions read only the keys survey-core's conditions read (case-safe.ts).
  const readable = readableOf(answers);
  // A value sent under a stored calculated value's name is overwritten by survey-core: ignored.
  const marked = markedSafe(readable, known);
  let strict = keyErrors(answers, marked, byName, locale).filter((error) => !stored.includes(error.field));
  const asSent = strict.length === 0 && holdsAsSent(readable);
  // survey-core reshapes what it cannot hold, shows choices according to what it holds, and computes its expressions.
  const notes = noNotes();
  const loaded = withCellExpressions(cellComputing, withComputed(computed, asSent ? readable : loadedAnswers(questions, byName, readable, new Set(strict.map((error) => error.field)), notes)));
  const safe = loaded === readable ? marked : markedLike(loaded, marked);
  // The strict checks read the answers only for the choices, rows and columns they offer.
  if (loaded !== readable && shapeFollowsAnswers) strict = keyErrors(answers, safe, byName, locale).filter((error) => !stored.includes(error.field));
  const malformed = new Set(strict.map((error) => error.field));
  const errors = [...strict];
  const pass = validationPass(questions, byName, safe, suspects(malformed, loaded, readable), (question, values) => {
    if (malformed.has(question.name)) return;
    for (const rule of surveyCoreRules(question, values)) {
      const title = (language: string) => (rule.within ? `${question.title(language)}, ${rule.within(language)}` : question.title(language));
      const message = ruleMessage(rule, title('en'), title(locale), locale);
      errors.push({ field: question.name, code: rule.code, message });
    }
  }, triggers);
  return { errors, pass, notes };
}

/** survey.data after validate() and doComplete(), for answers validate() accepted. */
function storedAnswers(
  questions: readonly CompiledQuestion[],
  byName: ReadonlyMap<string, CompiledQuestion>,
  computed: readonly Computing[],
  cellComputing: readonly CompiledQuestion[],
  stored: readonly string[],
  triggers: PageTriggers,
  answers: Values,
  holdsAsSent: (answers: Values) => boolean,
  known: KnownNames | undefined,
  totaled: readonly CompiledQuestion[],
): Values {
  const asSent = holdsAsSent(answers);
  if (asSent && computed.length === 0 && cellComputing.length === 0) return withTotals(totaled, keptAnswers(questions, answers, markedSafe(answers, known), new Set()), answers);
  const notes = noNotes();
  const loaded = withCellExpressions(cellComputing, withComputed(computed, asSent ? answers : loadedAnswers(questions, byName, answers, new Set(), notes)));
  const pass = validationPass(questions, byName, markedSafe(loaded, known), suspects(new Set(), loaded, answers), () => {}, triggers);
  return withTotals(totaled, keptOnCompletion(questions, stored, withCells(cellComputing, answers, pass.values), pass, notes), pass.values);
}

/**
 * The matrix totals survey-core stores (matrix-totals.ts), computed from what is stored, in place
 * of any the client sent. A hidden matrix's answer is dropped on completion but survey-core keeps
 * the total it computed from it, so that total is computed from the answer as loaded.
 */
function withTotals(totaled: readonly CompiledQuestion[], kept: Values, values: Values): Values {
  for (const question of totaled) {
    const key = `${question.name}${TOTAL_SUFFIX}`;
    delete kept[key];
    const matrix = Object.hasOwn(kept, question.name) ? kept[question.name] : values[question.name];
    const total = storedTotal(question.cells!.totals!, matrix, values);
    if (total) kept[key] = total;
  }
  return kept;
}

/** The answers with each matrix as survey-core holds it once its expression cells are computed: what completion keeps of it. */
function withCells(cellComputing: readonly CompiledQuestion[], answers: Values, values: Values): Values {
  let result = answers;
  for (const { name } of cellComputing) {
    if (values[name] === answers[name] || !Object.hasOwn(values, name)) continue;
    if (result === answers) result = { ...answers };
    result[name] = values[name];
  }
  return result;
}

function noNotes(): LoadNotes {
  return { cleared: new Set(), rewritten: new Set(), filled: new Set() };
}

/**
 * What survey-core keeps from a validation pass over accepted answers. The pass validate() makes
 * for answers it accepts is the one storedAnswers() makes: nothing is malformed, so the loaded
 * answers, what loading noted and the suspects are the same.
 */
function keptOnCompletion(questions: readonly CompiledQuestion[], stored: readonly string[], answers: Values, { values, cleared, shown }: PassResult, notes: LoadNotes): Values {
  // The pass already read each question's visibility; it holds on completion while the pass cleared nothing.
  const known = cleared.size === 0 ? shown : [];
  const kept = keptComputed(questions.filter((question) => question.computed), keptAnswers(questions, answers, values, new Set([...notes.cleared, ...cleared]), known), values);
  for (const name of notes.rewritten) if (Object.hasOwn(kept, name)) kept[name] = values[name];
  for (const question of questions) {
    const ranking = Object.hasOwn(kept, question.name) ? storedRanking(question, answers[question.name], values[question.name], notes.filled.has(question.name)) : undefined;
    if (ranking === 'removed') delete kept[question.name];
    else if (ranking) kept[question.name] = ranking.value;
  }
  for (const name of stored) {
    if (values[name] === undefined) delete kept[name];
    else kept[name] = values[name];
  }
  return kept;
}

/**
 * What survey-core stores for an expression question: what its data holds (the computed value,
 * or a value sent that it did not overwrite, see expression-hold.ts). Completing clears a hidden
 * one by setting its value to undefined, which survey-core skips when the value already counts
 * as empty (null, '' or [] equal undefined to it), so those stay.
 */
function keptComputed(computed: readonly CompiledQuestion[], kept: Values, values: Values): Values {
  for (const question of computed) {
    const value = values[question.name];
    const stays = value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (Object.hasOwn(values, question.name) && (stays || isShown(question, values))) kept[question.name] = value;
    else delete kept[question.name];
  }
  return kept;
}

/** The malformed answers and those survey-core holds otherwise than sent. */
function suspects(malformed: ReadonlySet<string>, loaded: Values, answers: Values): ReadonlySet<string> {
  if (loaded === answers) return malformed;
  const found = new Set(malformed);
  for (const key of Object.keys(answers)) if (loaded[key] !== answers[key]) found.add(key);
  return found;
}

function keyErrors(answers: Values, loaded: Values, byName: ReadonlyMap<string, CompiledQuestion>, locale: string): AnswerError[] {
  const errors: AnswerError[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const error = keyError(key, value, answers, loaded, byName, locale);
    if (error) errors.push(error);
  }
  return errors;
}

/** `loaded` is what survey-core holds, which decides the choices it shows; `value` is the answer as sent. */
function keyError(
  key: string,
  value: unknown,
  answers: Values,
  loaded: Values,
  byName: ReadonlyMap<string, CompiledQuestion>,
  locale: string,
): AnswerError | undefined {
  const question = byName.get(key);
  if (question && question.kind !== 'html') {
    const problem = checkValue(question, value, loaded, byName);
    if (!problem) return undefined;
    const offered = () => problem.offered ?? (question.kind === 'rating' ? question.rateValues : choiceValues(question, loaded, byName));
    return { field: key, code: problem.code, message: strictMessage(problem, question.title('en'), offered) };
  }
  // survey-core's own client sends the totals it computed; the server computes them again.
  if (key.endsWith(TOTAL_SUFFIX) && byName.get(key.slice(0, -TOTAL_SUFFIX.length))?.cells?.totals) return undefined;
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
