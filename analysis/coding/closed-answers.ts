import { TAXONOMY_VERSION, isThemeCode, type ThemeCode } from '../taxonomy';
import type { AppliedCode } from './applied-code';
import { CHOICE_CELL_TYPES, CHOICE_TYPES, cellType, matrixColumns, matrixRows, questionsOf, topLevelQuestions } from './answer-tree';
import { isJsonObject, surveyElements, type JsonObject } from './survey-elements';

export type ClosedCoding = {
  /** One code per theme named by any chosen choice. */
  codes: AppliedCode[];
  /** Themes per question, for reports that break results down by question. */
  byQuestion: Record<string, ThemeCode[]>;
};

/**
 * Codes a response's closed answers from the `themes` custom property that the questionnaire
 * puts on its choices (see docs/architecture.md). Walks the SurveyJS JSON itself (pages,
 * panels, nested elements), so no survey model is built on the server.
 *
 * Choice questions (checkbox, radiogroup, dropdown, tagbox, ranking, imagepicker), the columns
 * of a single-choice matrix, the choice cells of matrixdropdown and matrixdynamic (the column's
 * choices, else the matrix's) and the choice questions inside every panel of a dynamic panel all
 * count. A theme found inside a matrix or a dynamic panel counts for that top-level question.
 */
export function codeClosedAnswers(
  survey: unknown,
  answers: Readonly<Record<string, unknown>>,
  taxonomyVersion: string = TAXONOMY_VERSION,
): ClosedCoding {
  const byQuestion: Record<string, ThemeCode[]> = {};
  const all = new Set<ThemeCode>();
  const byName = questionsByName(survey);
  for (const question of topLevelQuestions(survey)) {
    const name = question.name as string;
    if (!(name in answers)) continue;
    const themes = new Map<ThemeCode, number>();
    collectThemes(question, answers[name], themes, byName, undefined);
    if (themes.size === 0) continue;
    byQuestion[name] = [...themes.keys()];
    for (const theme of themes.keys()) all.add(theme);
  }
  const codes = [...all].map((theme): AppliedCode => ({ theme, source: 'closed', confidence: 1, taxonomyVersion }));
  return { codes, byQuestion };
}

/**
 * How much a theme named by a ranked choice counts, by the choice's place (1 = first) among the
 * `size` ranked: `reciprocal` is 1/place (the Dowdall variant of the Borda count), `borda` is
 * (size − place + 1)/size, the classic Borda points scaled so that first place is 1.
 */
export type RankWeighting = 'reciprocal' | 'borda';

export function rankWeight(weighting: RankWeighting, place: number, size: number): number {
  return weighting === 'reciprocal' ? 1 / place : (size - place + 1) / size;
}

/**
 * Each closed theme of a response with its weight for a rank-weighted summary: a theme named
 * by a ranked choice counts by its best place (rankWeight), a theme named by any other chosen
 * choice counts 1, and the larger of the two when both name it.
 */
export function closedThemeWeights(survey: unknown, answers: Readonly<Record<string, unknown>>, weighting: RankWeighting): Map<ThemeCode, number> {
  const weights = new Map<ThemeCode, number>();
  const byName = questionsByName(survey);
  for (const question of topLevelQuestions(survey)) {
    const name = question.name as string;
    if (name in answers) collectThemes(question, answers[name], weights, byName, weighting);
  }
  return weights;
}

/**
 * Every theme each top-level question can name, from all its choices: those of a choice
 * question, a matrix's columns, a matrixdropdown or matrixdynamic's choice cells and the
 * questions of a dynamic panel. For saying which questions a theme was counted from.
 */
export function themesOffered(survey: unknown): Map<string, ThemeCode[]> {
  const byName = questionsByName(survey);
  const offered = new Map<string, ThemeCode[]>();
  const collect = (question: JsonObject, themes: Set<ThemeCode>): void => {
    const type = question.type;
    const add = (choices: unknown) => {
      for (const choice of Array.isArray(choices) ? choices : []) {
        if (!isJsonObject(choice)) continue;
        for (const theme of Array.isArray(choice.themes) ? choice.themes : []) if (isThemeCode(theme)) themes.add(theme);
      }
    };
    if (typeof type !== 'string') return;
    if (CHOICE_TYPES.has(type)) add(choicesOf(question, byName));
    else if (type === 'matrix') add(question.columns);
    else if (type === 'matrixdropdown' || type === 'matrixdynamic') {
      for (const column of matrixColumns(question)) {
        if (CHOICE_CELL_TYPES.has(cellType(question, column))) add(Array.isArray(column.choices) && column.choices.length > 0 ? column.choices : question.choices);
      }
    } else if (type === 'paneldynamic') for (const inner of questionsOf(question.templateElements)) collect(inner, themes);
  };
  for (const question of topLevelQuestions(survey)) {
    const themes = new Set<ThemeCode>();
    collect(question, themes);
    if (themes.size > 0) offered.set(question.name as string, [...themes]);
  }
  return offered;
}

type Themes = Map<ThemeCode, number>;

function collectThemes(question: JsonObject, value: unknown, themes: Themes, byName: Map<string, JsonObject>, weighting: RankWeighting | undefined): void {
  if (value === undefined || value === null) return;
  const type = question.type;
  if (typeof type !== 'string') return;
  if (type === 'ranking' && weighting && Array.isArray(value)) {
    const choices = choicesOf(question, byName);
    value.forEach((item, index) => addChosen(choices, item, themes, rankWeight(weighting, index + 1, value.length)));
  } else if (CHOICE_TYPES.has(type)) {
    addChosen(choicesOf(question, byName), value, themes);
  } else if (type === 'matrix') {
    // A single-choice matrix's value is { row: column value }; themes sit on the columns.
    if (isJsonObject(value)) for (const cell of Object.values(value)) addChosen(question.columns, cell, themes);
  } else if (type === 'matrixdropdown' || type === 'matrixdynamic') {
    const columns = matrixColumns(question).filter((column) => CHOICE_CELL_TYPES.has(cellType(question, column)));
    for (const [, cells] of matrixRows(question, value)) {
      for (const column of columns) {
        const choices = Array.isArray(column.choices) && column.choices.length > 0 ? column.choices : question.choices;
        addChosen(choices, cells[column.name as string], themes);
      }
    }
  } else if (type === 'paneldynamic') {
    const inner = questionsOf(question.templateElements);
    for (const panel of Array.isArray(value) ? value : []) {
      if (!isJsonObject(panel)) continue;
      for (const element of inner) collectThemes(element, panel[element.name as string], themes, byName, weighting);
    }
  }
}

/** A question's own choices, or those of the question named by `choicesFromQuestion`. */
function choicesOf(question: JsonObject, byName: Map<string, JsonObject>): unknown {
  const own = question.choices;
  if (Array.isArray(own) && own.length > 0) return own;
  const source = typeof question.choicesFromQuestion === 'string' ? byName.get(question.choicesFromQuestion) : undefined;
  return source && source !== question ? source.choices : own;
}

function addChosen(choices: unknown, value: unknown, themes: Themes, weight = 1): void {
  if (value === undefined || value === null || !Array.isArray(choices)) return;
  const chosen = new Set((Array.isArray(value) ? value : [value]).map((item) => String(item)));
  for (const choice of choices) {
    if (!isJsonObject(choice) || !chosen.has(String(choice.value))) continue;
    for (const theme of Array.isArray(choice.themes) ? choice.themes : []) {
      if (isThemeCode(theme)) themes.set(theme, Math.max(themes.get(theme) ?? 0, weight));
    }
  }
}

function questionsByName(survey: unknown): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  for (const element of surveyElements(survey)) {
    if (typeof element.name === 'string' && !map.has(element.name)) map.set(element.name, element);
  }
  return map;
}
