import { Serializer } from 'survey-core';
import { registerTesseraProperties } from '../../surveys/survey-properties';
import { validatedOnServer } from './computed-support';
import { answerRuleRefusals } from './answer-rules';
import { totalRefusals } from './total-refusals';
import { cellExpressionRefusals } from './cell-expression-refusals';
import { isJsonObject } from '../../analysis/coding/survey-elements';

registerTesseraProperties();

/**
 * What the compiled validator checks, and why the rest is refused, element by element with its
 * path in the SurveyJS JSON, so a researcher can find and change the one element at fault.
 * The walk reads the raw JSON (survey-core's model forgets where an element came from).
 */
export interface Refusal {
  /** Where in the survey JSON, e.g. `pages[1].elements[3].columns[0]`. */
  path: string;
  /** The element's name, when it has one. */
  name?: string;
  message: string;
}

/** Question types validated with survey-core's semantics (see docs/validation.md). */
export const VALIDATED_TYPES = [
  'radiogroup', 'checkbox', 'dropdown', 'rating', 'boolean', 'text', 'comment', 'matrix', 'html', 'panel',
  'matrixdropdown', 'matrixdynamic', 'image', 'imagepicker', 'buttongroup', 'tagbox', 'ranking', 'multipletext', 'slider', 'expression', 'paneldynamic',
] as const;

/** What a dynamic panel's template may hold: the types judged per panel and differential-tested there. */
export const VALIDATED_TEMPLATE_TYPES = [
  'text', 'comment', 'radiogroup', 'checkbox', 'dropdown', 'rating', 'boolean', 'tagbox', 'multipletext', 'panel', 'html',
  'image', 'imagepicker', 'buttongroup', 'slider', 'ranking', 'matrix',
] as const;

/** What a matrixdropdown or matrixdynamic column may hold ("default" takes the matrix's cellType). */
export const VALIDATED_CELL_TYPES = ['default', 'dropdown', 'radiogroup', 'checkbox', 'tagbox', 'text', 'comment', 'boolean', 'rating', 'expression'] as const;

/** Text input types validated with survey-core's semantics. */
export const VALIDATED_INPUT_TYPES = [
  'text', 'number', 'email', 'tel', 'url', 'date', 'datetime-local', 'time', 'month', 'week', 'color', 'range',
] as const;

/** Why a type survey-core ships is refused: the reason a researcher can act on. */
const REFUSED_TYPES: Record<string, string> = {
  file: 'it would store files or photos a respondent uploads, which Tessera does not keep with anonymous answers; ask for the information in words instead',
  signaturepad: "it would store an image of a respondent's signature, which would identify them; record consent with a boolean or radiogroup question instead",
  imagemap: 'the server cannot yet check which areas of an image were picked; use an imagepicker or a checkbox with the same choices',
};

const NOT_YET = 'the server does not validate it yet; see docs/validation.md for the types it does';

const REFUSED_PROPERTIES: Record<string, string> = {
  choicesByUrl: 'its choices would be fetched from the network while a respondent answers, which fails offline and cannot be checked on the server; copy the choices into the question\'s "choices" instead',
  allowCustomChoices: 'respondents could add choices of their own, which the server cannot tell from a wrong answer; offer an "Other" item (showOtherItem) with its text instead',
  choicesLazyLoadEnabled: 'its choices would be loaded while a respondent answers, which the server cannot check; list the choices in "choices" instead',
  // On a question these are validated (answer-rules.ts); in a matrix column they are not yet.
  setValueExpression: `it changes answers in a matrix column, where ${NOT_YET}`,
  setValueIf: `it changes answers in a matrix column, where ${NOT_YET}`,
  resetValueIf: `it changes answers in a matrix column, where ${NOT_YET}`,
  defaultValueExpression: 'it reads other answers, and survey-core computes such a default again when it loads a response, replacing an answer equal to the default it computed on the empty survey (a respondent who chose that value on purpose would have it overwritten); give the question a fixed defaultValue or a default that reads no answer, such as today(), or show the computed value in an expression question',
  minValueExpression: `a computed minimum is validated only on a text question or a multipletext item, not on a range input or a matrix column; give "min" a fixed value here`,
  maxValueExpression: `a computed maximum is validated only on a text question or a multipletext item, not on a range input or a matrix column; give "max" a fixed value here`,
};

/** Where a matrix column's reason differs from a question's. */
const COLUMN_REASONS: Record<string, string> = {
  defaultValueExpression: `it computes a default for the cell of each row survey-core draws, an unanswered matrix's too, which ${NOT_YET}; remove it`,
};

type Json = Record<string, unknown>;

/** Every refused element and survey-level feature, in document order. */
export function findRefusals(surveyJson: unknown): Refusal[] {
  if (!isJsonObject(surveyJson)) return [];
  const refusals: Refusal[] = [];
  walkContainer(surveyJson, '', refusals);
  if (Array.isArray(surveyJson.pages)) {
    surveyJson.pages.forEach((page, index) => {
      if (isJsonObject(page)) walkContainer(page, `pages[${index}]`, refusals);
    });
  }
  refusals.push(...answerRuleRefusals(surveyJson), ...totalRefusals(surveyJson), ...cellExpressionRefusals(surveyJson));
  return refusals;
}

function walkContainer(container: Json, path: string, refusals: Refusal[]): void {
  for (const key of ['elements', 'questions', 'templateElements']) {
    const list = container[key];
    if (!Array.isArray(list)) continue;
    list.forEach((element, index) => {
      if (isJsonObject(element)) walkElement(element, `${path ? `${path}.` : ''}${key}[${index}]`, refusals);
    });
  }
}

function walkElement(element: Json, path: string, refusals: Refusal[]): void {
  const type = typeof element.type === 'string' ? element.type.toLowerCase() : '';
  const name = typeof element.name === 'string' ? element.name : undefined;
  const refuse = (message: string) => refusals.push({ path, ...(name === undefined ? {} : { name }), message });
  const label = name === undefined ? `The ${type || 'untyped'} element at ${path}` : `"${name}" (${type || 'untyped'}, at ${path})`;
  if (!type || !Serializer.findClass(type)) {
    refuse(`${label} is of a custom question type the server does not know; replace it with one of SurveyJS's built-in types.`);
    return;
  }
  const reason = REFUSED_TYPES[type];
  if (reason) refuse(`${label} cannot be published: ${reason}.`);
  else if (!(VALIDATED_TYPES as readonly string[]).includes(type)) refuse(`${label} cannot be published yet: ${NOT_YET}.`);
  if (type === 'text') {
    const inputType = typeof element.inputType === 'string' ? element.inputType.toLowerCase() : 'text';
    if (inputType === 'password') refuse(`${label} asks for a password, which a questionnaire must never collect; use a plain text input.`);
    else if (!(VALIDATED_INPUT_TYPES as readonly string[]).includes(inputType)) refuse(`${label} uses inputType "${inputType}": ${NOT_YET}.`);
  }
  for (const [property, why] of Object.entries(REFUSED_PROPERTIES)) {
    if (hasSetting(element[property]) && !validatedOnServer(type, element, property)) refuse(`${label} uses ${property}: ${why}.`);
  }
  if (type === 'expression') refuseUncomputed(element, label, refuse);
  if (type === 'matrixdynamic') refuseRowCounts(element, label, refuse);
  if (type === 'matrixdropdown' || type === 'matrixdynamic') walkColumns(element, path, label, refusals);
  if (type === 'paneldynamic') refuseUnjudgedPanels(element, label, refuse);
  walkContainer(element, path, refusals);
  if (type === 'paneldynamic' && Array.isArray(element.templateElements)) {
    const names = new Set<string>();
    element.templateElements.forEach((inner, index) => {
      if (isJsonObject(inner)) walkTemplate(inner, `${path}.templateElements[${index}]`, refusals, names);
    });
  }
}

const PANEL_SETTINGS: Record<string, string> = {
  templateVisibleIf: 'hides whole panels, which the server does not judge yet; put the condition on the questions inside',
  defaultPanelValue: `fills new panels with answers, which ${NOT_YET}`,
  defaultValue: `fills the panels with answers, which ${NOT_YET}`,
  valueName: 'shares its answers with another question, which the server does not judge yet; give it a name of its own',
};

/** The dynamic panel's own settings the server does not reproduce. */
function refuseUnjudgedPanels(element: Json, label: string, refuse: (message: string) => void): void {
  for (const [property, why] of Object.entries(PANEL_SETTINGS)) {
    if (hasSetting(element[property])) refuse(`${label} uses ${property}: it ${why}.`);
  }
}

const TEMPLATE_SETTINGS: Record<string, string> = {
  valueName: 'stores its answer under another name in each panel; give it a name of its own',
  choicesFromQuestion: 'copies choices from another question, which inside a dynamic panel the server does not judge yet; list the choices',
  defaultValue: `gives a default answer in each panel, which ${NOT_YET}`,
  defaultValueExpression: `computes a default answer in each panel survey-core builds, an unanswered dynamic panel's too, which ${NOT_YET}`,
  minValueExpression: 'computes its minimum in each panel, which the server does not judge yet; give "min" a fixed value',
  maxValueExpression: 'computes its maximum in each panel, which the server does not judge yet; give "max" a fixed value',
  isUnique: 'must differ from panel to panel, which the server does not judge yet; use the dynamic panel\'s keyName',
};

/** survey-core's variables for other panels; only `{panel.x}` and `{panelIndex}` are judged. */
const OTHER_PANELS = /\{\s*(prevPanel|nextPanel|parentPanel|visiblePanelIndex)\b/i;

/**
 * Inside a dynamic panel's template, each element is judged once per panel: only the types that
 * are differential-tested there, without the settings that reach across panels.
 */
function walkTemplate(element: Json, path: string, refusals: Refusal[], names: Set<string>): void {
  const type = typeof element.type === 'string' ? element.type.toLowerCase() : '';
  const name = typeof element.name === 'string' ? element.name : undefined;
  const refuse = (message: string) => refusals.push({ path, ...(name === undefined ? {} : { name }), message });
  const label = name === undefined ? `The ${type || 'untyped'} element at ${path}` : `"${name}" (${type || 'untyped'}, at ${path})`;
  if (type && Serializer.findClass(type) && !(VALIDATED_TEMPLATE_TYPES as readonly string[]).includes(type)) {
    refuse(`${label} is inside a dynamic panel, where the server validates only ${VALIDATED_TEMPLATE_TYPES.join(', ')} so far; move it out of the dynamic panel or use one of those types.`);
  }
  for (const [property, why] of Object.entries(TEMPLATE_SETTINGS)) {
    if (hasSetting(element[property])) refuse(`${label} uses ${property} inside a dynamic panel: it ${why}.`);
  }
  const reachesOut = Object.entries(element).some(([property, setting]) => property.endsWith('If') && typeof setting === 'string' && OTHER_PANELS.test(setting))
    || (Array.isArray(element.validators) && element.validators.some((validator) => isJsonObject(validator) && typeof validator.expression === 'string' && OTHER_PANELS.test(validator.expression)))
    || (Array.isArray(element.choices) && element.choices.some((choice) => isJsonObject(choice) && typeof choice.visibleIf === 'string' && OTHER_PANELS.test(choice.visibleIf)));
  // A panel's answers are keyed by question name: two questions of one template cannot share one.
  if (type !== 'panel' && name !== undefined) {
    if (names.has(name)) refuse(`${label} has the name of another question in the same dynamic panel; give each question of the panel its own name.`);
    names.add(name);
  }
  if (Array.isArray(element.items)) {
    for (const item of element.items) {
      if (!isJsonObject(item)) continue;
      for (const property of ['minValueExpression', 'maxValueExpression'] as const) {
        if (hasSetting(item[property])) refuse(`${label} has an item "${String(item.name)}" that uses ${property} inside a dynamic panel: it ${TEMPLATE_SETTINGS[property]}.`);
      }
    }
  }
  if (type === 'ranking' && element.selectToRankEnabled !== true && choicesFollowAnswers(element)) {
    refuse(`${label} ranks choices that conditions show or hide inside a dynamic panel: in the panels survey-core builds before it loads an answer (panelCount, minPanelCount) it re-ranks the answer against the choices shown on the empty survey, and lets conditions read a lone shown choice the question does not hold, which the server does not reproduce yet; give it fixed choices, or set selectToRankEnabled.`);
  }
  if (reachesOut) refuse(`${label} has a condition that reads another panel (prevPanel, nextPanel, parentPanel or visiblePanelIndex), which the server does not judge yet; use {panel.<name>} and {panelIndex}.`);
  if (type === 'panel' && Array.isArray(element.elements)) {
    element.elements.forEach((inner, index) => {
      if (isJsonObject(inner)) walkTemplate(inner, `${path}.elements[${index}]`, refusals, names);
    });
  }
}

/** True when a choice question's shown choices depend on the answers (choicesVisibleIf, a choice's visibleIf). */
function choicesFollowAnswers(element: Json): boolean {
  return hasSetting(element.choicesVisibleIf) || (Array.isArray(element.choices) && element.choices.some((choice) => isJsonObject(choice) && hasSetting(choice.visibleIf)));
}

/**
 * survey-core computes an expression question only when it has an expression and is editable;
 * otherwise it keeps what the client sent, which the server must not take on trust.
 */
function refuseUncomputed(element: Json, label: string, refuse: (message: string) => void): void {
  if (!hasSetting(element.expression)) refuse(`${label} has no "expression": give it the expression whose result it shows, or remove it.`);
  if (element.readOnly === true || hasSetting(element.enableIf)) {
    refuse(`${label} is read-only or has enableIf: survey-core then stops computing it and keeps what the respondent's device sends; remove readOnly and enableIf.`);
  }
}

/**
 * survey-core draws rowCount rows (2 unless set) even below minRowCount, and then a browser sends
 * fewer rows than the minimum the server holds a response to (matrix-cells.ts).
 */
function refuseRowCounts(matrix: Json, label: string, refuse: (message: string) => void): void {
  const count = (value: unknown, otherwise: number) => (value === undefined || value === null || value === '' ? otherwise : Number(value));
  const [rowCount, minRowCount, maxRowCount] = [count(matrix.rowCount, 2), count(matrix.minRowCount, 0), count(matrix.maxRowCount, 1000)];
  if (rowCount < minRowCount || minRowCount > maxRowCount) {
    refuse(`${label} starts with ${rowCount} rows but asks for at least ${minRowCount}${minRowCount > maxRowCount ? ` and at most ${maxRowCount}` : ''}: survey-core would show fewer rows than it requires; set rowCount between minRowCount and maxRowCount.`);
  }
}

function walkColumns(matrix: Json, path: string, matrixLabel: string, refusals: Refusal[]): void {
  const matrixCellType = typeof matrix.cellType === 'string' ? matrix.cellType : 'dropdown';
  if (!(VALIDATED_CELL_TYPES as readonly string[]).includes(matrixCellType)) {
    refusals.push({ path, message: `${matrixLabel} puts "${matrixCellType}" questions in its cells: ${NOT_YET}.` });
  }
  if (!Array.isArray(matrix.columns)) return;
  matrix.columns.forEach((column, index) => {
    if (!isJsonObject(column)) return;
    const columnPath = `${path}.columns[${index}]`;
    const name = typeof column.name === 'string' ? column.name : undefined;
    const label = `Column ${name === undefined ? index + 1 : `"${name}"`} of ${matrixLabel}`;
    const refuse = (message: string) => refusals.push({ path: columnPath, ...(name === undefined ? {} : { name }), message });
    const cellType = typeof column.cellType === 'string' ? column.cellType : 'default';
    if (cellType === 'file' || cellType === 'signaturepad') refuse(`${label} cannot be published: ${REFUSED_TYPES[cellType]}.`);
    else if (!(VALIDATED_CELL_TYPES as readonly string[]).includes(cellType)) refuse(`${label} holds "${cellType}" cells: ${NOT_YET}.`);
    const inputType = typeof column.inputType === 'string' ? column.inputType.toLowerCase() : 'text';
    if (inputType === 'password') refuse(`${label} asks for a password, which a questionnaire must never collect; use a plain text input.`);
    else if (!(VALIDATED_INPUT_TYPES as readonly string[]).includes(inputType)) refuse(`${label} uses inputType "${inputType}": ${NOT_YET}.`);
    for (const [property, why] of Object.entries({ ...REFUSED_PROPERTIES, ...COLUMN_REASONS })) {
      if (hasSetting(column[property])) refuse(`${label} uses ${property}: ${why}.`);
    }
  });
}

function hasSetting(value: unknown): boolean {
  if (isJsonObject(value)) return typeof value.url === 'string' && value.url.trim() !== '';
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null && value !== false;
}
