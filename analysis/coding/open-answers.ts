import { CHOICE_CELL_TYPES, TEXT_CELL_TYPES, cellType, matrixColumns, matrixRows, questionsOf, topLevelQuestions } from './answer-tree';
import { isJsonObject, type JsonObject } from './survey-elements';

/**
 * One piece of free text in a response. `key` is where it sits, written as survey-core writes
 * paths in expressions: `story`, `needs-Comment`, `household.languages` (a multipletext item),
 * `services.clinic.note` (a matrixdropdown cell), `visits[0].note` (a matrixdynamic row) and
 * `members[1].job-Comment` (a dynamic panel's question). `question` is the top-level question.
 */
export interface OpenAnswer {
  key: string;
  question: string;
  text: string;
}

export interface OpenAnswerPlan {
  /** Top-level questions holding text the coder reads, in questionnaire order. */
  questions: Array<{ name: string; title: unknown }>;
  /** The non-empty free texts of one response, in questionnaire order. */
  read(answers: Readonly<Record<string, unknown>>): OpenAnswer[];
}

const CONTAINERS = new Set(['multipletext', 'matrixdropdown', 'matrixdynamic', 'paneldynamic']);

type Reader = (values: JsonObject, prefix: string, question: string, out: OpenAnswer[]) => void;

/**
 * What the open-answer coder reads of a questionnaire: questions marked `openEnded` and comment
 * questions not marked `openEnded: false`, the text
 * typed in an "Other (please specify)" box (stored under `<name>-Comment`), and, inside a
 * question, the text items of a multipletext, the text and comment cells of a matrixdropdown or
 * matrixdynamic, and the questions of a dynamic panel under the same rules. A multipletext or a
 * matrix marked `openEnded` has all its plain-text items or columns read (those with an
 * inputType such as email, tel or date are not: they hold no need); an item or column marked
 * `openEnded` itself is read whatever its parent says, and one marked `openEnded: false` never.
 * Built once per questionnaire version.
 */
export function openAnswerPlan(survey: unknown): OpenAnswerPlan {
  const questions: OpenAnswerPlan['questions'] = [];
  const readers: Reader[] = [];
  for (const question of topLevelQuestions(survey)) {
    const reader = questionReader(question);
    if (!reader) continue;
    questions.push({ name: question.name as string, title: question.title ?? question.name });
    readers.push(reader);
  }
  return {
    questions,
    read(answers) {
      const out: OpenAnswer[] = [];
      for (const reader of readers) reader(answers as JsonObject, '', '', out);
      return out;
    },
  };
}

function questionReader(question: JsonObject): Reader | undefined {
  const name = question.name as string;
  const parts: Reader[] = [];
  const pathOf = (prefix: string) => (prefix === '' ? name : `${prefix}.${name}`);
  // On a multipletext, a matrix or a dynamic panel, `openEnded` marks the text inside, not the value itself.
  if (isOpenQuestion(question)) parts.push(textAt(name, pathOf));
  if (hasOther(question)) parts.push(textAt(`${name}-Comment`, (prefix) => `${pathOf(prefix)}-Comment`));

  if (question.type === 'multipletext') {
    const items = (Array.isArray(question.items) ? question.items : []).filter(
      (item): item is JsonObject => isJsonObject(item) && typeof item.name === 'string' && isOpen(question, item, plainText(item)),
    );
    if (items.length > 0) {
      parts.push((values, prefix, top, out) => {
        const value = values[name];
        if (!isJsonObject(value)) return;
        for (const item of items) push(out, `${pathOf(prefix)}.${item.name as string}`, top || name, value[item.name as string]);
      });
    }
  } else if (question.type === 'matrixdropdown' || question.type === 'matrixdynamic') {
    const cells: Array<{ key: string; open: boolean }> = [];
    for (const column of matrixColumns(question)) {
      const type = cellType(question, column);
      const columnName = column.name as string;
      if (TEXT_CELL_TYPES.has(type) && isOpen(question, column, type === 'comment' || plainText(column))) cells.push({ key: columnName, open: true });
      if (CHOICE_CELL_TYPES.has(type) && hasOther(column)) cells.push({ key: `${columnName}-Comment`, open: true });
    }
    if (cells.length > 0) {
      const dynamic = question.type === 'matrixdynamic';
      parts.push((values, prefix, top, out) => {
        for (const [row, rowValues] of matrixRows(question, values[name])) {
          const rowPath = dynamic ? `${pathOf(prefix)}[${row}]` : `${pathOf(prefix)}.${row}`;
          for (const cell of cells) push(out, `${rowPath}.${cell.key}`, top || name, rowValues[cell.key]);
        }
      });
    }
  } else if (question.type === 'paneldynamic') {
    const inner = questionsOf(question.templateElements).flatMap((element) => questionReader(element) ?? []);
    if (inner.length > 0) {
      parts.push((values, prefix, top, out) => {
        const panels = values[name];
        if (!Array.isArray(panels)) return;
        panels.forEach((panel, index) => {
          if (!isJsonObject(panel)) return;
          for (const reader of inner) reader(panel, `${pathOf(prefix)}[${index}]`, top || name, out);
        });
      });
    }
  }
  if (parts.length === 0) return undefined;
  return (values, prefix, top, out) => {
    for (const part of parts) part(values, prefix, top, out);
  };

  function textAt(key: string, path: (prefix: string) => string): Reader {
    return (values, prefix, top, out) => push(out, path(prefix), top || name, values[key]);
  }
}

function push(out: OpenAnswer[], key: string, question: string, text: unknown): void {
  if (typeof text === 'string' && text.trim() !== '') out.push({ key, question, text });
}

function hasOther(element: JsonObject): boolean {
  return element.showOtherItem === true || element.hasOther === true;
}

/** A text input without an inputType, or with inputType text: the kinds that hold a sentence. */
export function plainText(element: JsonObject): boolean {
  return element.inputType === undefined || element.inputType === 'text';
}

/**
 * A question whose own value is free text to code: one marked `openEnded`, or a comment question
 * not marked `openEnded: false`. A comment box is where respondents write their needs in their own
 * words, and a questionnaire brought from SurveyJS Creator carries no `openEnded`: without this its
 * answers would silently never be coded.
 */
export function isOpenQuestion(question: JsonObject): boolean {
  if (CONTAINERS.has(question.type as string)) return false;
  if (question.openEnded === true) return true;
  return question.type === 'comment' && question.openEnded !== false;
}

function isOpen(parent: JsonObject, part: JsonObject, plain: boolean): boolean {
  if (part.openEnded === true) return true;
  if (part.openEnded === false) return false;
  return parent.openEnded === true && plain;
}

/**
 * The value at an open answer's key in a response (see OpenAnswer), or undefined. A key that is
 * a top-level answer name is read as is, so names holding dots or brackets still resolve.
 */
export function answerAt(answers: Readonly<Record<string, unknown>>, key: string): unknown {
  if (Object.hasOwn(answers, key)) return answers[key];
  return readPath(answers, key, true);
}

function readPath(value: unknown, rest: string, top: boolean): unknown {
  if (rest === '') return value;
  if (Array.isArray(value)) {
    const match = /^\[(\d+)\]/.exec(rest);
    return match ? readPath(value[Number(match[1])], rest.slice(match[0].length), false) : undefined;
  }
  if (!isJsonObject(value)) return undefined;
  const path = top ? rest : rest.startsWith('.') ? rest.slice(1) : undefined;
  if (path === undefined) return undefined;
  // Longest key first: a row or item name may itself hold a dot.
  const keys = Object.keys(value)
    .filter((key) => path.startsWith(key) && (path.length === key.length || path[key.length] === '.' || path[key.length] === '['))
    .sort((a, b) => b.length - a.length);
  for (const key of keys) {
    const found = readPath(value[key], path.slice(key.length), false);
    if (found !== undefined) return found;
  }
  return undefined;
}
