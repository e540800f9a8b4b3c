import type { QuestionSliderModel } from 'survey-core';
import type { CompiledQuestion } from './compile-questions';
import type { Problem } from './value-checks';

/**
 * slider: a number, or with sliderType "range" a list of two (its start and end). survey-core
 * checks neither type nor bounds (it keeps 11 on a 0–10 slider); its thumbs cannot leave min and
 * max and snap to the step (getClosestToStepValue), so a value off them was not sent by its UI.
 */
export interface CompiledSlider {
  range: boolean;
  min: number;
  max: number;
  step: number;
}

export function compileSlider(question: QuestionSliderModel): CompiledSlider {
  return { range: question.sliderType === 'range', min: question.min, max: question.max, step: question.step };
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** On a thumb's position: within min and max, on a step counted from min (to float rounding). */
function offTrack(slider: CompiledSlider, value: number): Problem | undefined {
  if (value < slider.min || value > slider.max) return { code: 'out_of_range', detail: [slider.min, slider.max], expected: 'range' };
  if (slider.step > 0) {
    const onStep = slider.min + Math.round((value - slider.min) / slider.step) * slider.step;
    if (Math.abs(onStep - value) > 1e-9 * Math.max(1, Math.abs(slider.step))) return { code: 'out_of_range', detail: slider.step, expected: 'step' };
  }
  return undefined;
}

export function checkSlider(question: CompiledQuestion, value: unknown): Problem | undefined {
  const slider = question.slider;
  if (!slider) return undefined;
  if (!slider.range) return isFiniteNumber(value) ? offTrack(slider, value) : { code: 'invalid_type', expected: 'a number' };
  if (!Array.isArray(value) || value.length !== 2 || !value.every(isFiniteNumber)) {
    return { code: 'invalid_type', expected: 'two numbers, the start and the end of the range' };
  }
  const [start, end] = value as [number, number];
  return offTrack(slider, start) ?? offTrack(slider, end);
}

/**
 * QuestionSliderModel.ensureValueRespectMinMax: the question holds its value pulled within min
 * and max, a range's missing start or end set to min or max; conditions read that.
 */
export function loadedSlider(question: CompiledQuestion, raw: unknown): unknown {
  const slider = question.slider;
  if (!slider) return raw;
  // survey-core compares with < and > whatever the value is.
  const clamp = (value: unknown) => {
    let held = value as number;
    if (held < slider.min) held = slider.min;
    if (held > slider.max) held = slider.max;
    return held;
  };
  if (!Array.isArray(raw)) return clamp(raw);
  const held = raw.map((item, index) => {
    const clamped = clamp(item);
    if (index === 0 && (item === undefined || item === null)) return slider.min;
    if (index > 0 && index === raw.length - 1 && (item === undefined || item === null)) return slider.max;
    return clamped;
  });
  return held.every((item, index) => item === raw[index]) ? raw : held;
}
