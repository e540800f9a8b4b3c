import { diffChoiceList } from './diff-choices';
import { diffTexts, keysInPlace, mergedOrder, sameJson } from './diff-lists';
import {
  choiceItems,
  isChoiceQuestion,
  isRecord,
  localized,
  questionChoices,
  walkSurvey,
  type ChoiceInfo,
  type PageInfo,
  type QuestionInfo,
  type SurveyJson,
} from './diff-survey-model';
import { diffSurveyLevel } from './diff-survey-level';
import type {
  ChoiceList,
  DiffSummary,
  LogicProperty,
  PageChange,
  PageDiff,
  QuestionChange,
  QuestionDiff,
  QuestionLocation,
  QuestionType,
  QuestionnaireDiff,
} from './diff-types';

export type * from './diff-types';
export type { SurveyJson, LocalizedText } from './diff-survey-model';
export { formatDiff } from './diff-format';

/** Localized question properties compared per locale, in reporting order. */
const REWORDABLE = [
  'title',
  'description',
  'placeholder',
  'html',
  'labelTrue',
  'labelFalse',
  'minRateDescription',
  'maxRateDescription',
  'commentText',
  'commentPlaceholder',
  'otherPlaceholder',
  'requiredErrorText',
] as const;

const LOGIC: readonly LogicProperty[] = ['visibleIf', 'enableIf', 'requiredIf'];

/** Rating scale properties with SurveyJS's defaults, so spelling a default out is not a change. */
const RATING: ReadonlyArray<readonly [string, unknown]> = [
  ['rateType', 'labels'],
  ['rateMin', 1],
  ['rateMax', 5],
  ['rateStep', 1],
  ['rateCount', 5],
  ['displayMode', 'auto'],
];

/** Other properties that change what is collected or accepted, with their defaults. */
const SETTINGS: ReadonlyArray<readonly [string, unknown]> = [
  ['openEnded', false],
  ['maxSelectedChoices', 0],
  ['minSelectedChoices', 0],
  ['validators', undefined],
  ['min', undefined],
  ['max', undefined],
  ['maxLength', -1],
  ['defaultValue', undefined],
  ['valueTrue', undefined],
  ['valueFalse', undefined],
  ['choicesOrder', 'none'],
  ['isAllRowRequired', false],
  ['eachRowRequired', false],
  ['showCommentArea', false],
  ['hasComment', false],
  ['storeOthersAsComment', 'default'],
];

const MATRIX_TYPES = new Set(['matrix', 'matrixdropdown', 'matrixdynamic']);

export function diffQuestionnaires(before: SurveyJson, after: SurveyJson): QuestionnaireDiff {
  const old = walkSurvey(before);
  const now = walkSurvey(after);
  const survey = diffSurveyLevel(before, after);
  const pages = diffPages(old.pages, now.pages);
  const questions = diffQuestions(old.questions, now.questions);
  const summary = summarize(pages, questions);
  const identical = survey.length === 0 && pages.length === 0 && questions.length === 0;
  return { identical, summary, survey, pages, questions };
}

function diffPages(before: PageInfo[], after: PageInfo[]): PageDiff[] {
  const beforeByName = new Map(before.map((page) => [page.name, page]));
  const afterByName = new Map(after.map((page) => [page.name, page]));
  const beforeNames = before.map((page) => page.name);
  const afterNames = after.map((page) => page.name);
  const inPlace = keysInPlace(beforeNames, afterNames);
  const diffs: PageDiff[] = [];
  for (const name of mergedOrder(beforeNames, afterNames)) {
    const was = beforeByName.get(name);
    const now = afterByName.get(name);
    const base = {
      name,
      positionBefore: was?.position ?? null,
      positionAfter: now?.position ?? null,
      title: localized((now ?? was)?.json.title),
    };
    if (!was || !now) {
      diffs.push({ ...base, status: now ? 'added' : 'removed', changes: [] });
      continue;
    }
    const changes: PageChange[] = [];
    if (!inPlace.has(name)) changes.push({ kind: 'moved', from: was.position, to: now.position });
    for (const field of ['title', 'description'] as const) {
      const texts = diffTexts(localized(was.json[field]), localized(now.json[field]));
      if (texts.length > 0) changes.push({ kind: 'reworded', field, texts });
    }
    for (const property of LOGIC) {
      const from = expression(was.json[property]);
      const to = expression(now.json[property]);
      if (from !== to) changes.push({ kind: 'logic', property, from, to });
    }
    if (changes.length > 0) diffs.push({ ...base, status: 'changed', changes });
  }
  return diffs;
}

function diffQuestions(before: QuestionInfo[], after: QuestionInfo[]): QuestionDiff[] {
  const beforeByName = new Map(before.map((question) => [question.name, question]));
  const afterByName = new Map(after.map((question) => [question.name, question]));
  const beforeNames = before.map((question) => question.name);
  const afterNames = after.map((question) => question.name);
  const inPlace = keysInPlace(beforeNames, afterNames);
  const inPlaceOnPage = keysInPlaceOnEachPage(before, after);
  const diffs: QuestionDiff[] = [];
  for (const name of mergedOrder(beforeNames, afterNames)) {
    const was = beforeByName.get(name);
    const now = afterByName.get(name);
    const shown = (now ?? was)!;
    const base = {
      name,
      type: shown.type,
      before: was ? location(was) : null,
      after: now ? location(now) : null,
      title: localized(shown.json.title),
    };
    if (!was || !now) {
      diffs.push({ ...base, status: now ? 'added' : 'removed', changes: [] });
      continue;
    }
    const changes = diffQuestion(was, now, inPlace.has(name), inPlaceOnPage.has(name));
    if (changes.length > 0) diffs.push({ ...base, status: 'changed', changes });
  }
  return diffs;
}

/** Questions that kept their page and their order among that page's questions. */
function keysInPlaceOnEachPage(before: QuestionInfo[], after: QuestionInfo[]): Set<string> {
  const pageOf = new Map(after.map((question) => [question.name, question.page]));
  const kept = new Set<string>();
  for (const page of new Set(after.map((question) => question.page))) {
    const stayed = (question: QuestionInfo) => question.page === page && pageOf.get(question.name) === page;
    const names = (list: QuestionInfo[]) => list.filter(stayed).map((question) => question.name);
    for (const name of keysInPlace(names(before), names(after))) kept.add(name);
  }
  return kept;
}

function diffQuestion(
  was: QuestionInfo,
  now: QuestionInfo,
  orderKept: boolean,
  keptOnPage: boolean,
): QuestionChange[] {
  const changes: QuestionChange[] = [];
  const from = location(was);
  const to = location(now);
  const pageChanged = from.page !== to.page;
  const panelChanged = from.panel !== to.panel;
  if (pageChanged || panelChanged || !orderKept) {
    const withPage = !pageChanged && !panelChanged && keptOnPage;
    changes.push({ kind: 'moved', pageChanged, panelChanged, orderChanged: !orderKept, withPage, from, to });
  }

  const typeBefore = questionType(was);
  const typeAfter = questionType(now);
  if (typeBefore.type !== typeAfter.type || typeBefore.inputType !== typeAfter.inputType) {
    changes.push({ kind: 'retyped', from: typeBefore, to: typeAfter });
  }

  for (const field of REWORDABLE) {
    const texts = diffTexts(localized(was.json[field]), localized(now.json[field]));
    if (texts.length > 0) changes.push({ kind: 'reworded', field, texts });
  }

  const requiredBefore = was.json.isRequired === true;
  const requiredAfter = now.json.isRequired === true;
  if (requiredBefore !== requiredAfter) changes.push({ kind: 'required', from: requiredBefore, to: requiredAfter });

  for (const property of LOGIC) {
    const before = expression(was.json[property]);
    const after = expression(now.json[property]);
    if (before !== after) changes.push({ kind: 'logic', property, from: before, to: after });
  }

  for (const list of ['choices', 'rows', 'columns', 'rateValues'] as const) {
    const items = diffChoiceList(itemsOf(was, list), itemsOf(now, list));
    if (items.length > 0) changes.push({ kind: 'choices', list, changes: items });
  }

  if (was.type === 'rating' || now.type === 'rating') {
    for (const [property, fallback] of RATING) {
      const before = setting(was.json[property], fallback);
      const after = setting(now.json[property], fallback);
      if (!sameJson(before, after)) changes.push({ kind: 'rating', property, from: before, to: after });
    }
  }

  for (const [property, fallback] of SETTINGS) {
    const before = setting(was.json[property], fallback);
    const after = setting(now.json[property], fallback);
    if (!sameJson(before, after)) changes.push({ kind: 'setting', property, from: before, to: after });
  }
  return changes;
}

function itemsOf(question: QuestionInfo, list: ChoiceList): ChoiceInfo[] {
  switch (list) {
    case 'choices':
      return isChoiceQuestion(question.type) ? questionChoices(question.json) : [];
    case 'rows':
    case 'columns':
      return MATRIX_TYPES.has(question.type) ? choiceItems(question.json[list]) : [];
    case 'rateValues':
      return question.type === 'rating' ? choiceItems(question.json.rateValues) : [];
  }
}

function location(question: QuestionInfo): QuestionLocation {
  return { page: question.page, panel: question.panel, position: question.position };
}

function questionType(question: QuestionInfo): QuestionType {
  if (question.type !== 'text') return { type: question.type, inputType: null };
  const inputType = question.json.inputType;
  return { type: 'text', inputType: typeof inputType === 'string' && inputType !== '' ? inputType : 'text' };
}

/** Expressions compared trimmed: surrounding spaces do not change what they select. */
function expression(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** An absent, null, empty value or SurveyJS's default all mean "not set", reported as the default. */
function setting(value: unknown, fallback: unknown): unknown {
  if (value === undefined || value === null || value === '') return fallback ?? null;
  if (Array.isArray(value) && value.length === 0) return fallback ?? null;
  if (isRecord(value) && Object.keys(value).length === 0) return fallback ?? null;
  return value;
}

function summarize(pages: PageDiff[], questions: QuestionDiff[]): DiffSummary {
  const having = (kind: QuestionChange['kind']) =>
    questions.filter((question) => question.changes.some((change) => change.kind === kind)).length;
  return {
    added: questions.filter((question) => question.status === 'added').length,
    removed: questions.filter((question) => question.status === 'removed').length,
    moved: questions.filter((question) =>
      question.changes.some((change) => change.kind === 'moved' && !change.withPage),
    ).length,
    retyped: having('retyped'),
    reworded: having('reworded'),
    requiredChanged: having('required'),
    logicChanged: having('logic'),
    choicesChanged: having('choices'),
    ratingChanged: having('rating'),
    settingsChanged: having('setting'),
    pagesAdded: pages.filter((page) => page.status === 'added').length,
    pagesRemoved: pages.filter((page) => page.status === 'removed').length,
    pagesChanged: pages.filter((page) => page.status === 'changed').length,
  };
}
