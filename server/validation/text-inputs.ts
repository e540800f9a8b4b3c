import { Helpers, settings } from 'survey-core';

/**
 * survey-core's text input types: the shape a browser's input of that type sends (checked
 * strictly: survey-core itself keeps any string), and the min/max comparison survey-core makes
 * (QuestionTextModel.isValueLessMin / isValueGreaterMax).
 */
export const NUMERIC_INPUTS = new Set(['number', 'range']);

/** Input types survey-core compares with min and max (its minMaxTypes). */
const MIN_MAX_INPUTS = new Set(['number', 'range', 'date', 'datetime-local', 'month', 'time', 'week']);

const DATE_INPUTS = new Set(['date', 'datetime-local']);

const two = '(\\d{2})';
const FORMATS: Record<string, { pattern: RegExp; expected: string; valid: (parts: number[]) => boolean }> = {
  date: { pattern: new RegExp(`^(\\d{4})-${two}-${two}$`), expected: 'a date written YYYY-MM-DD', valid: ([y, m, d]) => realDate(y, m, d) },
  'datetime-local': {
    pattern: new RegExp(`^(\\d{4})-${two}-${two}T${two}:${two}(?::${two}(?:\\.\\d{1,3})?)?$`),
    expected: 'a date and time written YYYY-MM-DDThh:mm',
    valid: ([y, m, d, h, min, s]) => realDate(y, m, d) && realTime(h, min, s),
  },
  time: { pattern: new RegExp(`^${two}:${two}(?::${two}(?:\\.\\d{1,3})?)?$`), expected: 'a time written hh:mm', valid: ([h, m, s]) => realTime(h, m, s) },
  month: { pattern: new RegExp(`^(\\d{4})-${two}$`), expected: 'a month written YYYY-MM', valid: ([, m]) => m !== undefined && m >= 1 && m <= 12 },
  week: { pattern: new RegExp(`^(\\d{4})-W${two}$`), expected: 'a week written YYYY-Www', valid: ([, w]) => w !== undefined && w >= 1 && w <= 53 },
  color: { pattern: /^#[0-9a-fA-F]{6}$/, expected: 'a colour written #rrggbb', valid: () => true },
};

function realDate(year = 0, month = 0, day = 0): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function realTime(hours = 0, minutes = 0, seconds = 0): boolean {
  return hours < 24 && minutes < 60 && seconds < 60;
}

/** What the value should have been, when a browser input of this type could not have sent it. */
export function inputShapeProblem(inputType: string, value: unknown): string | undefined {
  if (NUMERIC_INPUTS.has(inputType)) return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
  if (typeof value !== 'string') return 'text';
  const format = FORMATS[inputType];
  if (!format) return undefined;
  const match = format.pattern.exec(value);
  if (!match || !format.valid(match.slice(1).map((part) => (part === undefined ? 0 : Number(part))))) return format.expected;
  return undefined;
}

/**
 * A range slider cannot leave its bounds, which default to the browser's 0 and 100 when the
 * question sets none; survey-core does not check them.
 */
export function rangeBounds(min: unknown, max: unknown): [number, number] {
  return [Helpers.isNumber(min) ? Helpers.getNumber(min) : 0, Helpers.isNumber(max) ? Helpers.getNumber(max) : 100];
}

export interface MinMax {
  min?: unknown;
  max?: unknown;
}

/** renderedMin/renderedMax: a date input with no max is capped at settings.maxDate. */
export function renderedMinMax(inputType: string, min: unknown, max: unknown): MinMax {
  if (!MIN_MAX_INPUTS.has(inputType)) return {};
  const date = DATE_INPUTS.has(inputType);
  return { min: !min && date && settings.minDate ? settings.minDate : min, max: !max && date ? settings.maxDate : max };
}

/** The value survey-core compares: a date input's value as a Date (its createDate), any other as is. */
export function comparable(inputType: string, value: unknown): unknown {
  if (!DATE_INPUTS.has(inputType) || Helpers.isValueEmpty(value)) return value;
  // createDate takes any other falsy value (a computed bound of false or 0) for now.
  if (!value) return settings.onDateCreated(new Date(), 'question-text', value as string);
  let text = value as string;
  if (!settings.storeUtcDates && typeof text === 'string' && isIsoDateOnly(text)) text += 'T00:00:00';
  return settings.onDateCreated(new Date(text as string), 'question-text', value as string);
}

function isIsoDateOnly(text: string): boolean {
  return text.indexOf('T') <= 0 && /\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(new Date(text).getTime());
}
