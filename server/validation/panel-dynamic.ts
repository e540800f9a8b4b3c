import type { PanelModel, Question, QuestionPanelDynamicModel } from 'survey-core';
import { compileQuestion, type CompiledQuestion } from './compile-questions';
import { compileCondition, type Condition } from './expressions';
import { holdsNothing, isBlank } from './loaded-values';
import { overlay } from './overlay';
import type { RuleBreak } from './survey-rules';
import type { Problem } from './value-checks';
import { isReadOnly, isShownOnPage, otherSelected, type Values } from './visibility';
import { isJsonObject } from '../../analysis/coding/survey-elements';

/**
 * paneldynamic: a list of panels, each an object keyed by the template's questions (those of
 * nested panels too). Each template question is compiled as a question of its own, judged once
 * per panel with `{panel.<name>}` bound to that panel's answers and `{panelIndex}` to its place;
 * an unprefixed `{name}` still reads the survey's answers, as survey-core does.
 */
export interface CompiledPanels {
  elements: PanelElement[];
  /** Panels shown when no answer is given (panelCount, raised to minPanelCount, capped at maxPanelCount). */
  emptyCount: number;
  maxPanels: number;
  /** The question whose answers must differ from panel to panel. */
  keyName?: string;
}

export interface PanelElement {
  /** Its key in a panel's object. */
  key: string;
  /**
   * Compiled under a name no condition can read (see PANEL_SCOPE), so putting its value in place
   * for its own rules never hides a survey answer of the same name from a condition.
   */
  question: CompiledQuestion;
  /** Its own visibleIf (or static visible: false), apart from its nested panels'. */
  ownShownIf?: Condition;
  ownHidden: boolean;
}

const PANEL_SCOPE = '\u0000panel:';

type Element = { getPropertyValue(name: string): unknown; visible: boolean; readOnly: boolean; parent?: unknown };

export function compilePanels(question: QuestionPanelDynamicModel): CompiledPanels {
  const template = question.template as PanelModel;
  const elements = (template.questions as Question[]).map((inner) => compileElement(inner, template));
  const adjusted = Math.max(question.getPropertyValue('panelCount') as number, question.minPanelCount);
  return {
    elements,
    emptyCount: Math.min(adjusted, question.maxPanelCount),
    maxPanels: question.maxPanelCount,
    keyName: question.keyName || undefined,
  };
}

function compileElement(inner: Question, template: PanelModel): PanelElement {
  const compiled = compileQuestion(inner);
  const key = inner.getValueName();
  compiled.name = `${PANEL_SCOPE}${key}`;
  compiled.pageShownIf = undefined;
  const visibility = withinTemplate(inner, template, 'visibleIf', (element) => element.visible === false);
  const enabling = withinTemplate(inner, template, 'enableIf', (element) => element.readOnly === true);
  compiled.shownIf = visibility.conditions;
  compiled.alwaysHidden = visibility.never;
  compiled.enabledIf = enabling.conditions;
  compiled.alwaysReadOnly = enabling.never;
  const ownShownIf = compileCondition(inner.visibleIf);
  return { key, question: compiled, ownShownIf, ownHidden: !ownShownIf && inner.visible === false };
}

/** A property's conditions from the question up to its template, not beyond: the dynamic panel's own are the question's. */
function withinTemplate(inner: Question, template: PanelModel, property: string, staticallyOff: (element: Element) => boolean) {
  const conditions: Condition[] = [];
  let never = false;
  let element: Element | undefined = inner as unknown as Element;
  while (element && element !== (template as unknown as Element)) {
    const condition = compileCondition(element.getPropertyValue(property));
    if (condition) conditions.push(condition);
    else if (staticallyOff(element)) never = true;
    element = element.parent as Element | undefined;
  }
  return { conditions, never };
}

/** Conditions inside a panel read its answers as `{panel.<name>}` and its place as `{panelIndex}`. */
export function panelValues(values: Values, panel: Values, index: number): Values {
  const layered = overlay(values, 'panel', panel);
  layered.panelIndex = index;
  return layered;
}

/**
 * survey-core's question holds only a list (isNewValueCorrect), but conditions then read the
 * survey's data as sent (`{name.length}` of a string is its length), so anything else is read as
 * sent. A list with a null panel makes survey-core throw while loading it
 * (panelUpdateValueFromSurvey reads a property of each panel): no survey-core client sends one,
 * so it is refused and read as no answer.
 *
 * In a list, `{name[0].x}` reads what panel 0's question holds, not the data as sent: a slider's
 * value pulled within min and max, a list sent to a text question joined, a matrix cell's list
 * as its first item, `{}` sent to a ranking as every choice. `loadInner` gives that for the
 * questions whose loading reads no choices or only fixed ones; the answer to a question whose
 * shown choices follow the answers is read as sent (they would depend on the panel's other
 * answers as they load).
 */
export function loadedPanels(panels: CompiledPanels | undefined, raw: unknown, loadInner: (inner: CompiledQuestion, value: unknown) => unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  if (raw.some((panel) => panel === null || panel === undefined)) return undefined;
  if (!panels) return raw;
  let changed = false;
  const loaded = raw.map((panel) => {
    if (!isJsonObject(panel)) return panel;
    let copy: Values | undefined;
    for (const { key, question } of panels.elements) {
      if (!(CHOICE_FREE.has(question.kind) || question.fixedChoices) || !Object.hasOwn(panel, key)) continue;
      const held = loadInner(question, panel[key]);
      if (held === panel[key]) continue;
      copy ??= { ...panel };
      copy[key] = held;
    }
    if (copy) changed = true;
    return copy ?? panel;
  });
  return changed ? loaded : raw;
}

const CHOICE_FREE = new Set<CompiledQuestion['kind']>(['text', 'comment', 'boolean', 'multipletext', 'slider', 'matrix']);

/**
 * What survey-core keeps of a hidden dynamic panel's list on completion. Clearing it sets its
 * panel count back to the count for no answer (panelCount, raised to minPanelCount); when that
 * changes the number of panels, setValueBasedOnPanelCount writes that many empty panels back,
 * otherwise nothing is left. An empty list, or anything else clearing leaves unchanged ('' or
 * null), is left as sent. `undefined`: the key is dropped.
 */
export function hiddenPanelsKept(question: CompiledQuestion, panels: CompiledPanels, value: unknown): unknown {
  if (!Array.isArray(value)) return holdsNothing(question, value) ? value : undefined;
  if (value.length === 0) return value;
  if (panels.emptyCount === 0 || value.length === panels.emptyCount) return undefined;
  return Array.from({ length: panels.emptyCount }, () => ({}));
}

/** A list of at most maxPanelCount objects, each key a template question's, each value one its question could hold. */
export function checkPanels(
  panels: CompiledPanels,
  value: unknown,
  values: Values,
  checkInner: (inner: CompiledQuestion, innerValue: unknown, inPanel: Values) => Problem | undefined,
): Problem | undefined {
  if (!Array.isArray(value)) return { code: 'invalid_type', expected: 'a list of panels' };
  if (value.length > panels.maxPanels) return { code: 'out_of_range', detail: panels.maxPanels, expected: 'panels' };
  // Before any panel's answers: survey-core cannot load such a list (loadedPanels), so no panel's choices can be read.
  if (value.some((panel) => panel === null || panel === undefined)) return { code: 'invalid_type', expected: 'an answer per question in each panel' };
  for (const [index, panel] of value.entries()) {
    const where = `panel ${index + 1}`;
    if (!isJsonObject(panel)) return { code: 'invalid_type', expected: 'an answer per question in each panel' };
    const inPanel = panelValues(values, panel, index);
    for (const [key, innerValue] of Object.entries(panel)) {
      // An html or image element holds no answer: its name is no key of the panel's, as at the top level.
      const element = panels.elements.find((candidate) => candidate.key === key && candidate.question.kind !== 'html');
      if (!element) {
        if (commentAccepted(panels, panel, key, innerValue)) continue;
        return { code: 'invalid_choice', detail: key, expected: 'panel question', cell: where };
      }
      if (CHOICE_KINDS.has(element.question.kind) && isEmptyObject(innerValue)) {
        return { code: 'invalid_type', expected: element.question.kind === 'checkbox' ? 'a list of its choices' : 'one of its choices', cell: `${where}, ${element.question.title('en')}` };
      }
      const problem = checkInner(element.question, innerValue, inPanel);
      if (problem) return { ...problem, cell: `${where}, ${element.question.title('en')}` };
    }
  }
  return undefined;
}

const CHOICE_KINDS = new Set<CompiledQuestion['kind']>(['radiogroup', 'dropdown', 'checkbox']);

/**
 * `{}` is blank to survey-core, yet in a panel a ranking then holds and stores every shown choice,
 * and a checkbox holds it as an unknown item it drops on completion. No survey-core client sends
 * it for a choice question, so inside a panel it is refused rather than followed.
 */
function isEmptyObject(value: unknown): boolean {
  return isJsonObject(value) && Object.keys(value).length === 0;
}

/** The text of an 'other' choice, stored as `<name>-Comment` in the panel, only when 'other' is chosen (or blank). */
function commentAccepted(panels: CompiledPanels, panel: Values, key: string, text: unknown): boolean {
  if (!key.endsWith('-Comment')) return false;
  const owner = panels.elements.find((candidate) => `${candidate.key}-Comment` === key);
  if (!owner || owner.question.other === undefined) return false;
  if (text === null || text === undefined || text === '') return true;
  return typeof text === 'string' && otherSelected(owner.question, panel[owner.key]);
}

/** The panels survey-core builds and validates: one per entry of a non-empty list, else the empty count. */
function panelsToValidate(panels: CompiledPanels, value: unknown): Values[] {
  if (Array.isArray(value) && value.length > 0) return value.map((panel) => (isJsonObject(panel) ? panel : {}));
  return Array.from({ length: panels.emptyCount }, () => ({}));
}

/**
 * Each shown, editable template question's rules in each panel, then keyName's: survey-core
 * compares the key of every visible panel (one showing a question) with `==`, skipping blank ones.
 */
export function panelRules(
  panels: CompiledPanels,
  value: unknown,
  values: Values,
  rulesOf: (inner: CompiledQuestion, values: Values) => RuleBreak[],
): RuleBreak[] {
  const breaks: RuleBreak[] = [];
  const keys: unknown[] = [];
  let duplicated = false;
  for (const [index, panel] of panelsToValidate(panels, value).entries()) {
    const inPanel = panelValues(values, panel, index);
    let visible = false;
    for (const { key, question } of panels.elements) {
      if (!isShownOnPage(question, inPanel)) continue;
      visible = true;
      if (isReadOnly(question, inPanel)) continue;
      inPanel[question.name] = panel[key];
      inPanel[`${question.name}-Comment`] = panel[`${key}-Comment`];
      const within = (locale: string) => `panel ${index + 1}, ${question.title(locale)}`;
      breaks.push(...rulesOf(question, inPanel).map((rule) => ({ ...rule, within: rule.within ?? within })));
    }
    const key = panels.keyName === undefined ? undefined : panel[panels.keyName];
    if (!visible || !panels.elements.some((element) => element.key === panels.keyName) || isBlank(key)) continue;
    // eslint-disable-next-line eqeqeq -- survey-core's isValueDuplicated compares with ==
    if (keys.some((seen) => seen == key)) duplicated = true;
    keys.push(key);
  }
  if (duplicated) breaks.push({ code: 'validator', key: 'keyDuplicationError', args: [] });
  return breaks;
}

/** QuestionPanelDynamicModel.isEmpty: no panel holds any key. */
export function arePanelsEmpty(value: unknown): boolean {
  if (!Array.isArray(value)) return true;
  return value.every((panel) => !isJsonObject(panel) || Object.keys(panel).length === 0);
}

/**
 * clearValueInPanelsIfInvisible on completion: in each panel a hidden template question's answer
 * is dropped (an empty one is left as sent), and its 'other' text with it; a question hidden only
 * by its nested panel is kept when no question of the panel is shown (survey-core skips it).
 */
export function keptPanels(panels: CompiledPanels, value: unknown, values: Values): unknown {
  if (!Array.isArray(value)) return value;
  let changed = false;
  const kept = value.map((panel, index) => {
    if (!isJsonObject(panel)) return panel;
    const inPanel = panelValues(values, panel, index);
    const shown = panels.elements.map((element) => isShownOnPage(element.question, inPanel));
    const panelVisible = shown.some(Boolean);
    let copy: Values | undefined;
    for (const [position, element] of panels.elements.entries()) {
      if (shown[position]) continue;
      const ownVisible = !element.ownHidden && (!element.ownShownIf || element.ownShownIf.test(inPanel));
      if (ownVisible && !panelVisible) continue;
      const commentKey = `${element.key}-Comment`;
      const dropValue = Object.hasOwn(panel, element.key) && !holdsNothing(element.question, panel[element.key]);
      const dropComment = !!panel[commentKey];
      if (!dropValue && !dropComment) continue;
      copy ??= { ...panel };
      if (dropValue) delete copy[element.key];
      if (dropComment) delete copy[commentKey];
    }
    if (copy) changed = true;
    return copy ?? panel;
  });
  return changed ? kept : value;
}
