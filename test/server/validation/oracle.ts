import {
  ExpressionRunner,
  Helpers,
  SurveyModel,
  type ItemValue,
  type PageModel,
  type Question,
  type QuestionBooleanModel,
  type QuestionCheckboxModel,
  type QuestionImagePickerModel,
  type QuestionRankingModel,
  type QuestionMatrixModel,
  type QuestionMultipleTextModel,
  type QuestionPanelDynamicModel,
  type QuestionRatingModel,
  type QuestionSelectBase,
  type QuestionTextModel,
} from 'survey-core';
import { registerTesseraProperties } from '../../../surveys/survey-properties';

registerTesseraProperties();

/**
 * The reference the compiled validator is held to: survey-core itself validating a model as a
 * respondent completing the survey would (`validate(true, false)` over every visible page), plus
 * the documented strictness checks written here a second time, against the model's own question
 * objects (visibleChoices, visibleRateValues, visibleRows...), so nothing is shared with the code
 * under test.
 */
export interface OracleVerdict {
  /** field → the codes reported for it */
  fields: Map<string, Set<string>>;
  /** survey.data after survey-core's doComplete(), when the response passes */
  kept?: Record<string, unknown>;
  /** True when a strict check failed: survey-core was fed a value it cannot hold. */
  malformed?: boolean;
}

export class Oracle {
  private model?: SurveyModel;

  private readonly fresh: boolean;

  /**
   * `fresh` builds a new model per response: the slow, obviously stateless reference that
   * oracle-reset.test.ts holds the reused model to. By default one model serves every response
   * and is reset in between (see reset()), which is what makes thousands of cases affordable,
   * except for a questionnaire with a matrixdynamic. survey-core validates the rows such a
   * matrix has drawn, and loading `[]` leaves it with none that clear() does not give back, so a
   * reused model found nothing missing in the next response's unanswered matrix where a fresh
   * one, like a browser's at the start of a survey, draws rowCount rows and requires their
   * cells. A model is now dropped after any malformed answer, `[]` below minRowCount included,
   * but a fresh model per response leaves no history to reason about.
   */
  constructor(
    private readonly json: unknown,
    options: { fresh?: boolean } = {},
  ) {
    this.fresh = options.fresh ?? (hasDynamicRows(json) || hasSkipTriggers(json));
  }

  /** Whether this oracle builds a new model per response. */
  get isFresh(): boolean {
    return this.fresh;
  }

  judge(answers: Record<string, unknown>): OracleVerdict {
    this.model ??= new SurveyModel(this.json as object);
    // What an expression question does with a list sent for it depends on whether it has read
    // its errors yet, which a new model may not have done and a used one always has.
    if (this.fresh || Object.entries(answers).some(([key, value]) => Array.isArray(value) && this.model?.getQuestionByName(key)?.getType() === 'expression')) {
      const survey = new SurveyModel(this.json as object);
      const verdict = judgeOn(survey, answers);
      survey.dispose();
      return verdict;
    }
    reset(this.model);
    const verdict = judgeOn(this.model, answers);
    // A malformed answer (an array for a single choice, an unknown value) leaves question state
    // no public reset reaches (a radiogroup sent ["a"] kept [] as its 'other' text, so a later
    // 'other' without text passed): such a model is not reused. Nor is one whose expression
    // question holds a list: it keeps it, emptied, through clear().
    if (verdict.malformed || holdsList(this.model)) this.dispose();
    return verdict;
  }

  dispose(): void {
    this.model?.dispose();
    this.model = undefined;
  }
}

function holdsList(survey: SurveyModel): boolean {
  return survey.getAllQuestions(false, false, false).some((question) => question.getType() === 'expression' && Array.isArray(question.value));
}

/**
 * A skip trigger focuses its question, and survey-core does not focus the question it is already
 * focusing (focusQuestionByInstance), which a model only forgets once a browser draws the page:
 * a reused model would not jump to a question a previous response jumped to.
 */
function hasSkipTriggers(json: unknown): boolean {
  const triggers = (json as { triggers?: unknown } | null)?.triggers;
  return Array.isArray(triggers) && triggers.some((trigger) => String((trigger as { type?: unknown } | null)?.type).toLowerCase() === 'skip');
}

/**
 * True when the survey JSON holds a matrixdynamic or a paneldynamic anywhere (pages, panels,
 * nested elements). A dynamic panel also keeps the panels a previous response built, which no
 * public reset undoes (a string sent next was read by `{name.length}` on a reused model, not on a
 * fresh one).
 */
function hasDynamicRows(json: unknown): boolean {
  if (Array.isArray(json)) return json.some(hasDynamicRows);
  if (typeof json !== 'object' || json === null) return false;
  const node = json as Record<string, unknown>;
  const type = typeof node.type === 'string' ? node.type.toLowerCase() : '';
  return type === 'matrixdynamic' || type === 'paneldynamic' || Object.values(node).some(hasDynamicRows);
}

/**
 * Puts a used model back in the state a new one starts in. A bare `survey.data = ...` is not
 * enough: survey-core reads each answer against the choices the previous response left shown (a
 * choice hidden now was still known, so it was dropped where a fresh model reads it as 'other'),
 * an array sent to a matrix keeps the previous answer, an 'other' text left by one response kept
 * survey-core from reporting it missing in a later one, and hidden questions keep the errors of
 * the last validate() that saw them. clear(true, true) empties every answer and runs the
 * conditions on the empty survey, as a new model's first run does, then returns to the first
 * page; the loop clears what it leaves behind. oracle-reset.test.ts holds the result to fresh
 * models.
 */
function reset(survey: SurveyModel): void {
  survey.clear(true, true);
  for (const question of survey.getAllQuestions(false, false, true)) {
    question.errors = [];
    question.setPropertyValue('otherValue', undefined);
  }
}

/**
 * Loads the response the way survey-core loads saved data, then gives back, as a respondent's
 * click would, any acceptable answer the bulk load dropped or re-ranked: survey-core assigns every
 * value before it works out choicesFromQuestion, so `survey.data = ...` discards a valid pick among
 * copied choices that a respondent completing the survey keeps (see also reRanked).
 */
function judgeOn(survey: SurveyModel, answers: Record<string, unknown>): OracleVerdict {
  survey.data = structuredClone(loadable(survey, answers));
  const fields = new Map<string, Set<string>>();
  const add = (field: string, code: string) => {
    const codes = fields.get(field) ?? new Set<string>();
    codes.add(code);
    fields.set(field, codes);
  };
  let malformed = false;
  for (const [key, value] of Object.entries(answers)) {
    const code = strictCode(survey, key, value, answers);
    malformed ||= code !== undefined;
    if (code) add(key, code);
    // No click sets an expression question, a calculated value or a matrix total: survey-core computes them.
    else if (survey.getQuestionByName(key)?.getType() === 'expression' || survey.getCalculatedValueByName(key) || isClientTotal(survey, key)) continue;
    else if (!Helpers.isValueEmpty(value) && (Helpers.isValueEmpty(survey.getValue(key)) || reRanked(survey, key, value))) survey.setValue(key, structuredClone(value));
  }
  validateAsWalked(survey);
  for (const question of survey.getAllQuestions(false, false, false)) {
    if (fields.has(question.name)) continue;
    for (const error of question.errors) add(question.name, errorCode(question, error));
    // A matrix's cells hold their own errors; they are reported on the matrix.
    for (const cell of cellQuestions(question)) {
      for (const error of cell.errors) add(question.name, errorCode(cell, error));
    }
  }
  let kept: Record<string, unknown> | undefined;
  if (fields.size === 0) {
    survey.doComplete();
    kept = structuredClone(survey.data) as Record<string, unknown>;
  }
  return { fields, kept, malformed };
}

/**
 * survey.validate(true, false) over every visible page, or, when the survey has complete or skip
 * triggers, page by page as a respondent pressing Next does: survey-core validates the page, then
 * runs the complete triggers that read a question on it (SurveyModel.doNextPage), and a trigger
 * that holds completes the survey there, leaving the later pages unvalidated. Before that, each
 * answer on the page that a skip trigger reads is given again as a respondent would change it
 * (SurveyModel.checkTriggers, which runs a skip trigger only when that question has no error); a
 * skip that holds moves to its question's page, leaving the page and those in between
 * unvalidated. The walk goes on past a page with errors, so that every error up to the page where
 * the survey completes is reported, as the compiled validator reports them.
 */
function validateAsWalked(survey: SurveyModel): void {
  const walked = survey.triggers.filter((trigger) => ['completetrigger', 'skiptrigger'].includes(trigger.getType()));
  if (walked.length === 0) {
    survey.validate(true, false);
    return;
  }
  // survey-core's own steps on Next and on a changed answer (public in its JavaScript, not in its typings).
  const steps = survey as unknown as {
    checkOnPageTriggers(isOnComplete: boolean): void;
    checkTriggers(keys: Record<string, unknown>, isOnNextPage: boolean, isOnComplete: boolean, isOnNavigation: boolean, name: string): void;
  };
  const skipReads = walked.filter((trigger) => trigger.getType() === 'skiptrigger')
    .flatMap((trigger) => new ExpressionRunner(trigger.expression).getVariables());
  let page = survey.visiblePages[0];
  while (page && survey.state !== 'completed') {
    survey.currentPage = page;
    const jumped = skipFrom(survey, page, skipReads, steps);
    if (jumped) {
      page = jumped;
      continue;
    }
    page.validate(true, false);
    steps.checkOnPageTriggers(false);
    page = survey.visiblePages[survey.visiblePages.indexOf(page) + 1];
  }
}

/** The later page a skip trigger moved to when an answer it reads on `page` was given again, if any. */
function skipFrom(
  survey: SurveyModel,
  page: PageModel,
  reads: readonly string[],
  steps: { checkTriggers(keys: Record<string, unknown>, isOnNextPage: boolean, isOnComplete: boolean, isOnNavigation: boolean, name: string): void },
): PageModel | undefined {
  const changeable = page.questions.filter((question) => reads.includes(question.name) && question.isVisibleInSurvey && !question.isReadOnly);
  for (const question of changeable) {
    const value = survey.getValue(question.name);
    steps.checkTriggers({ [question.name]: { newValue: value, oldValue: value } }, false, false, false, question.name);
    const now = survey.currentPage;
    if (now !== page && survey.visiblePages.indexOf(now) > survey.visiblePages.indexOf(page)) {
      // The errors its check left on the questions it reads are no longer shown: the page was left.
      for (const read of changeable) read.errors = [];
      return now;
    }
    survey.currentPage = page;
  }
  return undefined;
}

/**
 * A ranking re-ranks its answer against the choices it shows while the bulk load is still under
 * way (a choice whose visibleIf reads a later answer is put last), where a respondent's browser
 * ranked the choices it showed: a well-formed ranking is given back as the respondent ordered it.
 */
/**
 * survey-core throws while loading a dynamic panel's list that holds null (it reads a property of
 * each panel), so no survey-core client can send one: such an answer is judged malformed by the
 * strict check and the rest of the response as if it had not been sent.
 */
function loadable(survey: SurveyModel, answers: Record<string, unknown>): Record<string, unknown> {
  const throws = ([key, value]: [string, unknown]) => {
    const type = survey.getQuestionByName(key)?.getType();
    if (type === 'paneldynamic') return Array.isArray(value) && value.some((panel) => panel === null || panel === undefined);
    // A matrixdropdown holding a blank string throws too, once it draws its rows (it sets a row's cells on the string).
    if (type === 'matrixdropdown' && isBlankText(value)) return true;
    // So does a row that is a string, a number or true, once an expression cell is written into it.
    const rows = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
    return (type === 'matrixdynamic' || type === 'matrixdropdown') && rows.some((row) => !!row && typeof row !== 'object') && hasExpressionCells(survey.getQuestionByName(key));
  };
  return Object.fromEntries(Object.entries(answers).filter((entry) => !throws(entry) && !isClientTotal(survey, entry[0])));
}

function hasExpressionCells(question: Question | null): boolean {
  const columns = (question as unknown as { columns?: { cellType: string; templateQuestion: Question }[] } | null)?.columns ?? [];
  return columns.some((column) => column.templateQuestion.getType() === 'expression');
}

/**
 * A matrix's totals as the client sent them (`<name>-total`). survey-core's own client sends the
 * totals it computed, so the key is no stray; but survey-core keeps a total sent with an
 * unanswered matrix, or one whose totals come out as on the empty survey, and the server never
 * takes a client's total (docs/validation.md): the reference loads the response without it.
 */
function isClientTotal(survey: SurveyModel, key: string): boolean {
  if (!key.endsWith('-total')) return false;
  const matrix = survey.getQuestionByName(key.slice(0, -'-total'.length)) as unknown as { hasTotal?: boolean } | null;
  return matrix?.hasTotal === true;
}

function reRanked(survey: SurveyModel, key: string, value: unknown): boolean {
  if (survey.getQuestionByName(key)?.getType() !== 'ranking') return false;
  return !Helpers.isTwoValueEquals(survey.getValue(key), value, false, true, false);
}

function errorCode(question: Question, error: { getErrorType(): string; text: string }): string {
  const type = error.getErrorType();
  if (type === 'required' || type === 'requiredinallrowserror' || type === 'otherempty') return 'required';
  // A choice question's too few choices is a custom error, as is any validator's: told apart by its text.
  if (type === 'custom' && ['checkbox', 'tagbox', 'ranking'].includes(question.getType())) return isMinSelectError(question, error.text) ? 'required' : 'validator';
  if (type === 'custom' && question.getType() === 'text') {
    // survey-core keeps these getters private; the oracle reads them as survey-core computed them.
    const text = question as unknown as Record<'isValueLessMin' | 'isValueGreaterMax' | 'isStepNumberIncorrect', boolean>;
    if (text.isValueLessMin || text.isValueGreaterMax || text.isStepNumberIncorrect) return 'out_of_range';
  }
  return 'validator';
}

function isMinSelectError(question: Question, text: string): boolean {
  const minSelected = (question as QuestionCheckboxModel).minSelectedChoices;
  return minSelected > 0 && text === question.getLocalizationFormatString('minSelectError', minSelected);
}

const primitive = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);
const valuesOf = (items: readonly ItemValue[]) => items.map((item) => item.value);

type Row = { rowName: unknown; cells: { question: Question; column: { name: string } }[]; getQuestionByColumnName(name: string): Question | null };

function visibleRowsOf(question: Question): Row[] {
  const type = question.getType();
  if (type !== 'matrixdropdown' && type !== 'matrixdynamic') return [];
  return (question as unknown as { visibleRows: Row[] }).visibleRows;
}

function cellQuestions(question: Question): Question[] {
  // A dynamic panel's questions hold their own errors (keyName's duplicates too), panel by panel,
  // and a multipletext's items in a panel hold theirs.
  if (question.getType() === 'paneldynamic') {
    return (question as QuestionPanelDynamicModel).panels.flatMap((panel) => panel.questions).flatMap((inner) => [inner, ...cellQuestions(inner)]);
  }
  if (question.getType() === 'multipletext') return (question as QuestionMultipleTextModel).items.map((item) => item.editor as unknown as Question);
  return visibleRowsOf(question).flatMap((row) => row.cells.map((cell) => cell.question));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlankText = (value: unknown) => typeof value === 'string' && value !== '' && value.trim() === '';

/** Rows and cells checked against the model's own rows, each cell against the question survey-core put in it. */
function matrixCode(question: Question, value: unknown, answers: Record<string, unknown>): string | undefined {
  if (question.getType() === 'matrixdropdown' && !isRecord(value)) return 'invalid_type';
  const rows = visibleRowsOf(question);
  let entries: [Row | undefined, unknown][];
  if (question.getType() === 'matrixdynamic') {
    if (!Array.isArray(value)) return 'invalid_type';
    const code = rowCountCode(question, value);
    if (code) return code;
    entries = value.map((row, index) => [rows[index], row]);
  } else {
    if (!isRecord(value)) return 'invalid_type';
    entries = Object.entries(value).filter(([, row]) => !Helpers.isValueEmpty(row)).map(([key, row]) => [rows.find((candidate) => String(candidate.rowName) === key), row]);
    if (entries.some(([row]) => !row)) return 'invalid_choice';
  }
  for (const [row, cells] of entries) {
    if (Helpers.isValueEmpty(cells)) continue;
    if (!isRecord(cells) || !row) return 'invalid_type';
    for (const [key, cell] of Object.entries(cells)) {
      const inCell = row.getQuestionByColumnName(key);
      if (!inCell) {
        const owner = key.endsWith('-Comment') ? row.getQuestionByColumnName(key.slice(0, -'-Comment'.length)) : null;
        if (owner && (owner as QuestionSelectBase).showOtherItem && (cell === undefined || cell === null || typeof cell === 'string')) continue;
        return 'invalid_choice';
      }
      const code = valueCode(inCell, cell, answers);
      if (code) return code;
    }
  }
  return undefined;
}

/**
 * The one strict check on a matrixdynamic's length (docs/validation.md): a browser draws at least
 * minRowCount rows and at most maxRowCount, and sends them all once a cell is answered, so a list
 * of another length, `[]` included, is refused; survey-core says nothing of a short list.
 */
function rowCountCode(question: Question, value: unknown): string | undefined {
  if (question.getType() !== 'matrixdynamic' || !Array.isArray(value)) return undefined;
  const { minRowCount, maxRowCount } = question as unknown as { minRowCount: number; maxRowCount: number };
  return value.length < minRowCount || (maxRowCount > 0 && value.length > maxRowCount) ? 'out_of_range' : undefined;
}

/**
 * A list of at most maxPanelCount objects; each key a question of the panel survey-core built for
 * it (or the text of its chosen 'other'), each value one that question, in that panel, could hold.
 */
function panelsCode(question: QuestionPanelDynamicModel, value: unknown, answers: Record<string, unknown>): string | undefined {
  if (!Array.isArray(value)) return 'invalid_type';
  if (value.length > question.maxPanelCount) return 'out_of_range';
  // survey-core cannot load a list holding null (see loadable): its panels' choices are not this answer's.
  if (value.some((entry) => entry === null || entry === undefined)) return 'invalid_type';
  for (const [index, entry] of value.entries()) {
    if (!isRecord(entry)) return 'invalid_type';
    const panel = question.panels[index];
    if (!panel) return 'invalid_type';
    for (const [key, innerValue] of Object.entries(entry)) {
      // An html or image element holds no answer: its name is no key of the panel's, as at the top level.
      const found = panel.getQuestionByValueName(key);
      const inner = found && found.getType() !== 'html' && found.getType() !== 'image' ? found : null;
      if (!inner) {
        const owner = key.endsWith('-Comment') ? (panel.getQuestionByValueName(key.slice(0, -'-Comment'.length)) as QuestionSelectBase | null) : null;
        if (!owner || !owner.showOtherItem) return 'invalid_choice';
        if (innerValue === null || innerValue === undefined || innerValue === '') continue;
        const chosen = entry[owner.getValueName()];
        const other = owner.otherItem.value;
        if (typeof innerValue !== 'string' || !(Array.isArray(chosen) ? chosen.includes(other) : chosen === other)) return 'invalid_choice';
        continue;
      }
      // Strict inside a panel: no client sends {} for a choice question (a ranking would store every choice).
      if (['radiogroup', 'dropdown', 'checkbox', 'tagbox', 'ranking', 'imagepicker', 'buttongroup'].includes(inner.getType()) && isRecord(innerValue) && Object.keys(innerValue).length === 0) return 'invalid_type';
      const code = valueCode(inner, innerValue, answers);
      if (code) return code;
    }
  }
  return undefined;
}

function strictCode(survey: SurveyModel, key: string, value: unknown, answers: Record<string, unknown>): string | undefined {
  const question = survey.getQuestionByName(key);
  // survey-core overwrites a value sent under the name of a calculated value it stores with the answers.
  if (!question && (survey.getCalculatedValueByName(key)?.includeIntoResult || isClientTotal(survey, key))) return undefined;
  if (!question || question.getType() === 'html' || question.getType() === 'image') return commentCode(survey, key, value, answers);
  return valueCode(question, value, answers);
}

function valueCode(question: Question, value: unknown, answers: Record<string, unknown>): string | undefined {
  if (Helpers.isValueEmpty(value)) return rowCountCode(question, value);
  switch (question.getType()) {
    case 'matrixdropdown':
    case 'matrixdynamic':
      return matrixCode(question, value, answers);
    case 'paneldynamic':
      return panelsCode(question as QuestionPanelDynamicModel, value, answers);
    case 'expression':
      // survey-core overwrites a sent value with the one it computes: nothing to refuse.
      return undefined;
    case 'slider': {
      // The thumbs stay within min and max and snap to min + k × step; a range slider sends [start, end].
      const slider = question as unknown as { sliderType: string; min: number; max: number; step: number };
      const onTrack = (item: unknown) => {
        if (typeof item !== 'number' || !Number.isFinite(item)) return 'invalid_type';
        if (item < slider.min || item > slider.max) return 'out_of_range';
        const steps = (item - slider.min) / slider.step;
        return Math.abs(steps - Math.round(steps)) * slider.step > 1e-9 * Math.max(1, slider.step) ? 'out_of_range' : undefined;
      };
      if (slider.sliderType !== 'range') return onTrack(value);
      if (!Array.isArray(value) || value.length !== 2 || !value.every((item) => typeof item === 'number' && Number.isFinite(item))) return 'invalid_type';
      return onTrack(value[0]) ?? onTrack(value[1]);
    }
    case 'multipletext': {
      // An object keyed by item name; each item's value as its text input could send it.
      if (!isRecord(value)) return 'invalid_type';
      for (const [key, itemValue] of Object.entries(value)) {
        const item = (question as QuestionMultipleTextModel).getItemByName(key);
        if (!item) return 'invalid_choice';
        const code = valueCode(item.editor as unknown as Question, itemValue, answers);
        if (code) return code;
      }
      return undefined;
    }
    case 'imagepicker':
      if ((question as QuestionImagePickerModel).multiSelect) return choicesCode(question as QuestionCheckboxModel, value);
    // falls through: a single-select imagepicker holds one choice
    case 'radiogroup':
    case 'buttongroup':
    case 'dropdown': {
      if (!primitive(value)) return 'invalid_type';
      return valuesOf((question as QuestionSelectBase).visibleChoices).includes(value) ? undefined : 'invalid_choice';
    }
    case 'checkbox':
    case 'tagbox':
      return choicesCode(question as QuestionCheckboxModel, value);
    case 'ranking': {
      const code = choicesCode(question as QuestionCheckboxModel, value);
      if (code || (question as QuestionRankingModel).selectToRankEnabled) return code;
      // Without selectToRankEnabled the ranking UI sends every shown choice.
      const ranked = value as unknown[];
      return valuesOf((question as QuestionRankingModel).visibleChoices).every((choice) => ranked.includes(choice)) ? undefined : 'invalid_choice';
    }
    case 'rating': {
      const rates = valuesOf((question as QuestionRatingModel).visibleRateValues);
      if (rates.includes(value)) return undefined;
      return typeof value === 'number' || (typeof value === 'string' && rates.some((rate) => typeof rate === 'string')) ? 'out_of_range' : 'invalid_type';
    }
    case 'boolean': {
      const boolean = question as QuestionBooleanModel;
      return value === boolean.getValueTrue() || value === boolean.getValueFalse() ? undefined : 'invalid_type';
    }
    case 'text':
    case 'comment': {
      const text = question as QuestionTextModel;
      const inputType = question.getType() === 'text' ? text.inputType : 'text';
      if (inputType === 'number' || inputType === 'range') {
        if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid_type';
        if (inputType !== 'range') return undefined;
        const low = typeof text.min === 'number' ? text.min : 0;
        const high = typeof text.max === 'number' ? text.max : 100;
        return value < low || value > high ? 'out_of_range' : undefined;
      }
      if (typeof value !== 'string' || !browserCouldSend(inputType, value)) return 'invalid_type';
      const maxLength = text.getMaxLength() ?? 0;
      return maxLength > 0 && value.length > maxLength ? 'out_of_range' : undefined;
    }
    case 'matrix': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'invalid_type';
      const matrix = question as QuestionMatrixModel;
      const rows = matrix.visibleRows.map((row) => String(row.name));
      const columns = valuesOf(matrix.visibleColumns);
      for (const [row, cell] of Object.entries(value)) {
        if (Helpers.isValueEmpty(cell)) continue;
        if (!rows.includes(row)) return 'invalid_choice';
        if (!primitive(cell)) return 'invalid_type';
        if (!columns.includes(cell)) return 'invalid_choice';
      }
      return undefined;
    }
  }
  return 'unsupported';
}

/** A list of shown choices, each once; none-like items alone; no more than maxSelectedChoices (checkbox and tagbox only). */
function choicesCode(checkbox: QuestionCheckboxModel, value: unknown): string | undefined {
  if (!Array.isArray(value) || !value.every(primitive)) return 'invalid_type';
  const offered = valuesOf(checkbox.visibleChoices);
  if (value.some((item) => !offered.includes(item)) || new Set(value).size !== value.length) return 'invalid_choice';
  if (checkbox.getType() === 'imagepicker') return undefined;
  const exclusive = [checkbox.noneItem, checkbox.refuseItem, checkbox.dontKnowItem].map((item) => item.value);
  if (value.length > 1 && value.some((item) => exclusive.includes(item))) return 'invalid_choice';
  if (checkbox.maxSelectedChoices > 0 && value.length > checkbox.maxSelectedChoices) return 'too_many_choices';
  return undefined;
}

function commentCode(survey: SurveyModel, key: string, value: unknown, answers: Record<string, unknown>): string | undefined {
  if (!key.endsWith('-Comment')) return 'unknown_question';
  const question = survey.getQuestionByName(key.slice(0, -'-Comment'.length)) as QuestionSelectBase | null;
  if (!question || !question.showOtherItem || !question.supportOther()) return 'unknown_question';
  if (value === null || value === undefined || value === '') return undefined;
  const chosen = answers[question.name];
  const other = question.otherItem.value;
  if (!(Array.isArray(chosen) ? chosen.includes(other) : chosen === other)) return 'unknown_question';
  return typeof value === 'string' ? undefined : 'invalid_type';
}

/**
 * What an <input type=...> of each kind hands over, checked by a round trip through Date where
 * a date is involved: a value that does not come back the same is not one a browser sends.
 */
function browserCouldSend(inputType: string, value: string): boolean {
  const iso = (text: string) => {
    const date = new Date(`${text}Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  };
  switch (inputType) {
    case 'date':
      return /^\d{4}-\d\d-\d\d$/.test(value) && iso(`${value}T00:00:00.000`);
    case 'datetime-local': {
      const [day, time] = value.split('T');
      return day !== undefined && time !== undefined && browserCouldSend('date', day) && browserCouldSend('time', time);
    }
    case 'time':
      return /^\d\d:\d\d(:\d\d(\.\d{1,3})?)?$/.test(value) && iso(`2000-01-01T${value}`);
    case 'month':
      return /^\d{4}-\d\d$/.test(value) && browserCouldSend('date', `${value}-01`);
    case 'week': {
      const match = /^\d{4}-W(\d\d)$/.exec(value);
      return !!match && Number(match[1]) >= 1 && Number(match[1]) <= 53;
    }
    case 'color':
      return /^#[\da-f]{6}$/i.test(value);
    default:
      return true;
  }
}
