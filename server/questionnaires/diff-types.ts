import type { LocalizedText } from './diff-survey-model';

/**
 * What changed between two versions of a questionnaire, as plain JSON.
 *
 * Questions are matched by `name` wherever they sit (pages, nested panels), choices by `value`,
 * pages by `name`. Every list is in a fixed order so two runs give byte-identical output:
 * - `questions` and `pages` follow the new version's order; a removed item comes right after the
 *   item that preceded it in the old version (or first when nothing did);
 * - a question's `changes` go: moved, retyped, reworded, required, logic, choices, rating, setting
 *   (within a kind, by the order of the property lists in semantic-diff.ts);
 * - `texts` go `en` first, then the other locales alphabetically.
 * A questionnaire compared with itself, or with a copy whose JSON keys are reordered, gives
 * `identical: true` and empty lists.
 */
export interface QuestionnaireDiff {
  identical: boolean;
  summary: DiffSummary;
  survey: SurveyChange[];
  pages: PageDiff[];
  questions: QuestionDiff[];
}

/**
 * Counts of questions (or pages) showing each kind of change; one question can count in several.
 * `moved` leaves out questions that only followed their page (see `withPage`).
 */
export interface DiffSummary {
  added: number;
  removed: number;
  moved: number;
  retyped: number;
  reworded: number;
  requiredChanged: number;
  logicChanged: number;
  choicesChanged: number;
  ratingChanged: number;
  settingsChanged: number;
  pagesAdded: number;
  pagesRemoved: number;
  pagesChanged: number;
}

/** One locale's text: added (absent before), removed (absent after) or changed. */
export interface TextChange {
  locale: string;
  change: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

export type SurveyChange =
  | { kind: 'reworded'; field: 'title' | 'description' | 'completedHtml'; texts: TextChange[] }
  /** Locales used by at least one string of the survey. */
  | { kind: 'locales'; added: string[]; removed: string[] }
  | { kind: 'translationStatus'; locale: string; from: string | null; to: string | null }
  | { kind: 'setting'; property: string; from: unknown; to: unknown };

export interface PageDiff {
  name: string;
  status: 'added' | 'removed' | 'changed';
  /** 1-based position among the pages; null on the side where the page does not exist. */
  positionBefore: number | null;
  positionAfter: number | null;
  /** The page title (new version's, or old one's when removed), for rendering. */
  title: LocalizedText;
  /** Empty when the page was added or removed. */
  changes: PageChange[];
}

export type PageChange =
  | { kind: 'moved'; from: number; to: number }
  | { kind: 'reworded'; field: 'title' | 'description'; texts: TextChange[] }
  | { kind: 'logic'; property: LogicProperty; from: string | null; to: string | null };

export interface QuestionLocation {
  page: string;
  /** Innermost panel holding the question, or null. */
  panel: string | null;
  /** 1-based position in the whole questionnaire. */
  position: number;
}

export interface QuestionDiff {
  name: string;
  status: 'added' | 'removed' | 'changed';
  /** The question's type in the new version (the old one when removed). */
  type: string;
  before: QuestionLocation | null;
  after: QuestionLocation | null;
  /** The question title (new version's, or old one's when removed), for rendering. */
  title: LocalizedText;
  /** Empty when the question was added or removed. */
  changes: QuestionChange[];
}

export interface QuestionType {
  type: string;
  /** Only for `text` questions: `text` when absent, else `number`, `email`, `date`… */
  inputType: string | null;
}

export type LogicProperty = 'visibleIf' | 'enableIf' | 'requiredIf';

export type ChoiceList = 'choices' | 'rows' | 'columns' | 'rateValues';

export type QuestionChange =
  /**
   * Page or panel changed, or the question left the order it had relative to the others.
   * `withPage`: it kept its page, panel and place among its page's questions, and moved only
   * because pages (or questions of other pages) moved around it; the summary does not count it
   * as moved and formatDiff leaves it to the page's line.
   */
  | {
      kind: 'moved';
      pageChanged: boolean;
      panelChanged: boolean;
      orderChanged: boolean;
      withPage: boolean;
      from: QuestionLocation;
      to: QuestionLocation;
    }
  | { kind: 'retyped'; from: QuestionType; to: QuestionType }
  | { kind: 'reworded'; field: string; texts: TextChange[] }
  | { kind: 'required'; from: boolean; to: boolean }
  | { kind: 'logic'; property: LogicProperty; from: string | null; to: string | null }
  | { kind: 'choices'; list: ChoiceList; changes: ChoiceChange[] }
  | { kind: 'rating'; property: string; from: unknown; to: unknown }
  | { kind: 'setting'; property: string; from: unknown; to: unknown };

/**
 * Changes to one list of items (choices, matrix rows or columns, rating values). Built-in items a
 * question switches on (showOtherItem, showNoneItem…) appear as choices `other`, `none`, `refused`,
 * `dontknow`. Order: removed (old order), added (new order), then per kept item in new order:
 * moved, reworded, themes.
 */
export type ChoiceChange =
  | { kind: 'added'; value: unknown; position: number; text: LocalizedText; themes: string[] }
  | { kind: 'removed'; value: unknown; position: number; text: LocalizedText; themes: string[] }
  | { kind: 'moved'; value: unknown; from: number; to: number }
  | { kind: 'reworded'; value: unknown; texts: TextChange[] }
  | { kind: 'themes'; value: unknown; added: string[]; removed: string[]; before: string[]; after: string[] };
