import { getLocaleString } from 'survey-core';
import 'survey-core/i18n';
import type { Problem } from './value-checks';
import type { RuleBreak } from './survey-rules';

/**
 * Error texts for respondents and integrators. English names the question by its English title
 * and says what to do; other locales reuse survey-core's reviewed translations of its own error
 * texts, prefixed with the question's title in that locale, and fall back to English otherwise.
 */
const quote = (text: unknown) => `"${String(text)}"`;

function list(values: readonly unknown[]): string {
  return values.map(quote).join(', ');
}

export function strictMessage(problem: Problem, questionTitle: string, offered: () => readonly unknown[]): string {
  const title = problem.cell ? `${questionTitle}, ${problem.cell}` : questionTitle;
  switch (problem.code) {
    case 'invalid_type':
      return `The answer to ${quote(title)} must be ${problem.expected ?? 'of another kind'}.`;
    case 'invalid_choice':
      if (problem.expected === 'alone') return `${quote(problem.detail)} cannot be combined with other choices in ${quote(title)}.`;
      if (problem.expected === 'row') return `${quote(title)} has no row ${quote(problem.detail)}.`;
      if (problem.expected === 'item') return `${quote(title)} has no item ${quote(problem.detail)}.`;
      if (problem.expected === 'panel question') return `${quote(title)} has no question ${quote(problem.detail)}.`;
      if (problem.expected === 'column') return `${quote(title)} has no column ${quote(problem.detail)}.`;
      if (problem.expected === 'ranked') return `The answer to ${quote(title)} must rank every choice shown; ${quote(problem.detail)} is missing.`;
      if (problem.detail === 'the same choice twice') return `The answer to ${quote(title)} lists the same choice twice.`;
      return `${quote(problem.detail)} is not one of the choices offered for ${quote(title)}: pick from ${list(offered())}.`;
    case 'too_many_choices':
      return `Choose at most ${String(problem.detail)} options for ${quote(title)}.`;
    case 'out_of_range':
      if (problem.expected === 'range') {
        const [min, max] = problem.detail as [number, number];
        return `The answer to ${quote(title)} must be between ${min} and ${max}.`;
      }
      if (problem.expected === 'step') return `The answer to ${quote(title)} must be on a step of ${String(problem.detail)} from the slider's start.`;
      if (problem.expected === 'rows at least') return `${quote(title)} takes at least ${String(problem.detail)} ${problem.detail === 1 ? 'row' : 'rows'}.`;
      if (problem.expected === 'panels') return `${quote(title)} takes at most ${String(problem.detail)} panels.`;
      if (problem.expected === 'rows') return `${quote(title)} takes at most ${String(problem.detail)} rows.`;
      if (problem.expected === 'length') return `The answer to ${quote(title)} must be at most ${String(problem.detail)} characters long.`;
      return `${quote(problem.detail)} is not on the scale of ${quote(title)}: pick from ${list(offered())}.`;
  }
}

const ENGLISH: Record<string, (args: unknown[], title: string) => string> = {
  requiredError: (_, title) => `${quote(title)} needs an answer.`,
  otherRequiredError: (_, title) => `Describe the "Other" answer to ${quote(title)}.`,
  minSelectError: ([min], title) => `Choose at least ${String(min)} options for ${quote(title)}.`,
  requiredInAllRowsError: (_, title) => `Answer every row of ${quote(title)}.`,
  eachRowUniqueError: (_, title) => `Give a different answer in each row of ${quote(title)}.`,
  minError: ([min], title) => `The answer to ${quote(title)} must be at least ${String(min)}.`,
  maxError: ([max], title) => `The answer to ${quote(title)} must be at most ${String(max)}.`,
  stepError: ([step], title) => `The answer to ${quote(title)} must be a multiple of ${String(step)}.`,
  invalidEmail: (_, title) => `The answer to ${quote(title)} must be a valid e-mail address.`,
  numericMinMax: ([min, max], title) => `The answer to ${quote(title)} must be a number${bounds(min, max)}.`,
  textMinMaxLength: ([min, max], title) => `The answer to ${quote(title)} must be${bounds(min, max)} characters long.`,
  invalidExpression: (_, title) => `The answer to ${quote(title)} does not meet the questionnaire's rule.`,
  minRowCountError: ([min], title) => `Fill in at least ${String(min)} rows of ${quote(title)}.`,
  keyDuplicationError: (_, title) => `Two rows of ${quote(title)} give the same answer where each must differ.`,
  invalidFormat: (_, title) => `The answer to ${quote(title)} is not in the expected format.`,
};

function bounds(min: unknown, max: unknown): string {
  const hasMin = typeof min === 'number' && min > 0;
  const hasMax = typeof max === 'number' && max > 0;
  if (hasMin && hasMax) return ` between ${String(min)} and ${String(max)}`;
  if (hasMin) return ` at least ${String(min)}`;
  if (hasMax) return ` at most ${String(max)}`;
  return '';
}

export function ruleMessage(rule: RuleBreak, englishTitle: string, localTitle: string, locale: string): string {
  const english = rule.text?.('en') || ENGLISH[rule.key]?.(rule.args, englishTitle) || `${quote(englishTitle)} is not answered correctly.`;
  if (locale === 'en' || locale === '') return english;
  const authored = rule.text?.(locale);
  if (authored) return authored;
  const translated = getLocaleString(rule.key, locale);
  const english_ = getLocaleString(rule.key, 'en');
  if (!translated || translated === english_) return english;
  return `${localTitle}: ${format(translated, rule.args)}`;
}

function format(template: string, args: readonly unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = args[Number(index)];
    return value === undefined || value === null ? match : String(value);
  });
}
