import { Untranslatable, printExpression } from './expression-tree';
import type { ImportResult, NotConverted, SurveyJson } from './import-types';
import { parseExpressionScript, type LssVariable } from './lss-expression';
import { readLss, type LssAnswer, type LssQuestion, type LssSurvey } from './lss-structure';
import { htmlToText, localizedText } from './localized-text';
import { surveyLocale } from './locale-codes';

type Texts = LssQuestion['texts'];

interface Context {
  lss: LssSurvey;
  /** LimeSurvey language → SurveyJS locale, for the languages that map. */
  locales: Map<string, string>;
  defaultLocale: string;
  variables: Map<string, LssVariable>;
  report: NotConverted[];
}

const SUBQUESTION_TYPES = new Set(['M', 'P', 'F', 'A', 'B', 'K', 'Q']);

/**
 * Converts a LimeSurvey survey structure (.lss) into a SurveyJS document: each question group a
 * page, the common question types mapped to those Tessera accepts, every language kept, and
 * relevance equations translated where they map. The rest is listed in `notConverted`.
 */
export function importLss(xml: string): ImportResult {
  const lss = readLss(xml);
  const report: NotConverted[] = [];
  const locales = new Map<string, string>();
  for (const language of lss.languages) {
    const locale = surveyLocale(language);
    if (locale) locales.set(language, locale);
    else report.push({ reason: `The language "${language}" is not recognized; its texts were left out.` });
  }
  const defaultLocale = locales.get(lss.baseLanguage) ?? 'en';
  const context: Context = { lss, locales, defaultLocale, variables: variablesOf(lss), report };

  const survey: SurveyJson = {};
  const title = text(context, lss.settings, 'surveyls_title');
  survey.title = title ?? 'LimeSurvey survey';
  const description = text(context, lss.settings, 'surveyls_description');
  if (description !== undefined) survey.description = description;
  for (const field of ['surveyls_welcometext', 'surveyls_endtext']) {
    if (text(context, lss.settings, field) !== undefined) report.push({ reason: `The survey's ${field === 'surveyls_welcometext' ? 'welcome' : 'end'} text was not converted; Tessera shows its own consent and thank-you screens.` });
  }
  survey.pages = lss.groups.map((group, index) => {
    const page: SurveyJson = { name: `group${index + 1}` };
    const pageTitle = text(context, group.texts, 'group_name');
    if (pageTitle !== undefined) page.title = pageTitle;
    const pageDescription = text(context, group.texts, 'description');
    if (pageDescription !== undefined) page.description = pageDescription;
    const visibleIf = relevance(context, group.relevance, `group ${defaultTextOf(pageTitle) || group.gid}`);
    if (visibleIf) page.visibleIf = visibleIf;
    page.elements = lss.questions.filter((question) => question.gid === group.gid && question.parentQid === '0').flatMap((question) => convertQuestion(context, question));
    return page;
  }).filter((page) => (page.elements as unknown[]).length > 0);
  return { format: 'limesurvey', survey, notConverted: report };
}

function defaultTextOf(value: unknown): string {
  return typeof value === 'string' ? value : value && typeof value === 'object' ? String((value as Record<string, string>).default ?? '') : '';
}

/** A LimeSurvey text field in every mapped language, HTML reduced to plain text unless kept. */
function text(context: Context, texts: Texts, field: string, keepHtml = false): string | Record<string, string> | undefined {
  const byLocale = new Map<string, string>();
  for (const [language, row] of texts) {
    const locale = context.locales.get(language);
    const value = row[field];
    if (locale && value) byLocale.set(locale, keepHtml ? value : htmlToText(value));
  }
  return localizedText(byLocale, context.defaultLocale);
}

function variablesOf(lss: LssSurvey): Map<string, LssVariable> {
  const variables = new Map<string, LssVariable>();
  for (const question of lss.questions) {
    if (question.parentQid !== '0') continue;
    const subs = lss.subquestions.filter((sub) => sub.parentQid === question.qid && sub.scaleId === '0');
    if (question.type === 'M' || question.type === 'P') {
      for (const sub of subs) variables.set(`${question.code}_${sub.code}`, { kind: 'ticked', question: question.code, code: sub.code });
    } else if (question.type === 'F' || question.type === 'A' || question.type === 'B') {
      for (const sub of subs) variables.set(`${question.code}_${sub.code}`, { kind: 'answer', name: `${question.code}.${sub.code}` });
    } else if (question.type === 'K' || question.type === 'Q') {
      for (const sub of subs) variables.set(`${question.code}_${sub.code}`, { kind: 'answer', name: `${question.code}_${sub.code}` });
    } else if (CONVERTED_SINGLE.has(question.type)) {
      variables.set(question.code, { kind: 'answer', name: question.code });
    }
  }
  return variables;
}

const CONVERTED_SINGLE = new Set(['L', '!', 'T', 'S', 'U', 'N', 'D', 'Y', '5']);

function relevance(context: Context, equation: string, where: string, question?: string): string | undefined {
  const trimmed = equation.trim();
  if (trimmed === '' || trimmed === '1') return undefined;
  try {
    const expr = parseExpressionScript(trimmed, (name) => {
      const variable = context.variables.get(name);
      if (!variable) throw new Untranslatable(`it refers to ${name}, which is not a converted question`);
      return variable;
    });
    return printExpression(expr);
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error;
    context.report.push({ question, column: 'relevance', reason: `The relevance of ${where}, ${trimmed}, was not converted: ${error.message}; it is always shown.` });
    return undefined;
  }
}

function convertQuestion(context: Context, question: LssQuestion): SurveyJson[] {
  const { lss, report } = context;
  const at = (reason: string, column = 'type') => report.push({ question: question.code, column, reason });
  const subs = lss.subquestions.filter((sub) => sub.parentQid === question.qid);
  const answers = (scale = '0') => lss.answers.filter((answer) => answer.qid === question.qid && answer.scaleId === scale);
  const choice = (answer: LssAnswer | LssQuestion, field: string) => {
    const label = text(context, answer.texts, field);
    return label === undefined ? answer.code : { value: answer.code, text: label };
  };
  const base: SurveyJson = { name: question.code };
  const title = text(context, question.texts, 'question');
  if (title !== undefined) base.title = title;
  const help = text(context, question.texts, 'help');
  if (help !== undefined) base.description = help;
  const visibleIf = relevance(context, question.relevance, question.code, question.code);
  if (visibleIf) base.visibleIf = visibleIf;
  if (question.mandatory === 'Y') base.isRequired = true;
  if (question.mandatory === 'S') at('The soft mandatory setting (a reminder the respondent may dismiss) was not converted; the question is optional.', 'mandatory');
  if (context.lss.conditionQids.has(question.qid) && !visibleIf && question.relevance.trim() === '1') {
    at('Its conditions were not converted: the export carries no relevance equation for them; it is always shown.', 'conditions');
  }
  if (question.other === 'Y' && !['L', '!', 'M'].includes(question.type)) at('The "Other" option was not converted for this question type.', 'other');
  if (subs.some((sub) => sub.scaleId !== '0')) at('The second scale of this dual-scale question was not converted.');
  const other = question.other === 'Y' ? { showOtherItem: true } : {};

  switch (question.type) {
    case 'L':
      return [{ type: 'radiogroup', ...base, choices: answers().map((answer) => choice(answer, 'answer')), ...other }];
    case '!':
      return [{ type: 'dropdown', ...base, choices: answers().map((answer) => choice(answer, 'answer')), ...other }];
    case 'M':
    case 'P':
      if (question.type === 'P') at('The comment boxes of this multiple choice question were not converted.');
      return [{ type: 'checkbox', ...base, choices: subs.map((sub) => choice(sub, 'question')), ...other }];
    case 'T':
    case 'U':
      return [{ type: 'comment', ...base }];
    case 'S':
      return [{ type: 'text', ...base }];
    case 'N':
      return [{ type: 'text', inputType: 'number', ...base }];
    case 'D':
      return [{ type: 'text', inputType: 'date', ...base }];
    case 'Y':
      // LimeSurvey stores Y and N; survey-core names the two answers in every language it speaks.
      return [{ type: 'boolean', ...base, valueTrue: 'Y', valueFalse: 'N', renderAs: 'radio' }];
    case '5':
      return [{ type: 'rating', ...base, rateMin: 1, rateMax: 5 }];
    case 'F':
    case 'A':
    case 'B': {
      const columns = question.type === 'F' ? answers().map((answer) => choice(answer, 'answer')) : range(question.type === 'A' ? 5 : 10).map(String);
      return [{
        type: 'matrix', ...base, rows: subs.filter((sub) => sub.scaleId === '0').map((sub) => choice(sub, 'question')), columns,
        ...(question.mandatory === 'Y' && { eachRowRequired: true }),
      }];
    }
    case 'R': {
      // Each option gets a rank, no two the same: a one-choice-per-row matrix with unique rows.
      const options = answers();
      return [{
        type: 'matrix', ...base, rows: options.map((answer) => choice(answer, 'answer')), columns: range(options.length).map(String), eachRowUnique: true,
        ...(question.mandatory === 'Y' && { eachRowRequired: true }),
      }];
    }
    case 'X': {
      const html = text(context, question.texts, 'question', true);
      return [{ type: 'html', name: question.code, html: html ?? '', ...(visibleIf && { visibleIf }) }];
    }
    case 'K':
    case 'Q': {
      // Tessera's validator takes text inputs, not SurveyJS multipletext: one input per subquestion.
      const elements = subs.map((sub) => ({
        type: 'text', name: `${question.code}_${sub.code}`, ...(question.type === 'K' && { inputType: 'number' }),
        ...(text(context, sub.texts, 'question') !== undefined && { title: text(context, sub.texts, 'question') }),
        ...(question.mandatory === 'Y' && { isRequired: true }),
      }));
      const { name, isRequired, ...panel } = base;
      void isRequired;
      return [{ type: 'panel', name: `${String(name)}_panel`, ...panel, elements }];
    }
    default:
      at(`${question.code} was not converted: the LimeSurvey question type "${question.type}" has no equivalent Tessera accepts.`);
      return [];
  }
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

