import {
  SurveyModel,
  type Question,
  type QuestionBooleanModel,
  type QuestionCheckboxModel,
  type QuestionMatrixModel,
  type QuestionMultipleTextModel,
  type QuestionPanelDynamicModel,
  type QuestionRatingModel,
  type QuestionSelectBase,
  type QuestionTextModel,
} from 'survey-core';
import { neverSent, pastBounds, sentByBrowser } from './generate-inputs';
import type { SeededRandom } from './seeded-random';

/**
 * Responses a respondent, a buggy client or a hostile one might send: mostly answers built from
 * the questionnaire's own choices (hidden ones included, so visibility matters), with a share of
 * wrong types, unknown values, stray keys, blank strings and bounds crossed.
 */
export type AnswerGenerator = (random: SeededRandom) => Record<string, unknown>;

export function answerGenerator(surveyJson: unknown): AnswerGenerator {
  const survey = new SurveyModel(surveyJson as object);
  const questions = survey.getAllQuestions(false, false, false).filter((question) => question.getType() !== 'html' && question.getType() !== 'image');
  const makers = questions.map((question) => ({ name: question.name, make: valueMaker(question) }));
  const others = questions.filter((question) => (question as QuestionSelectBase).showOtherItem).map((question) => question.name);
  survey.dispose();
  return (random) => {
    const answers: Record<string, unknown> = {};
    const careless = random.chance(0.3);
    const thorough = !careless && random.chance(0.5);
    for (const { name, make } of makers) {
      if (random.chance(thorough ? 0.03 : 0.25)) continue;
      answers[name] = careless && random.chance(0.08) ? junk(random) : make(random, careless);
    }
    for (const name of others) {
      const value = answers[name];
      const chosen = Array.isArray(value) ? value.includes('other') : value === 'other';
      if ((chosen && random.chance(0.8)) || (careless && random.chance(0.05))) {
        answers[`${name}-Comment`] = random.pick(['A community centre', '', '   ', 'x', 42]);
      }
    }
    if (careless && random.chance(0.1)) answers[random.pick(['unknown', 'intro', 'q999', 'status-comment'])] = 'x';
    return answers;
  };
}

type Maker = (random: SeededRandom, careless: boolean) => unknown;

function junk(random: SeededRandom): unknown {
  return random.pick([null, '', '  ', 0, -1, 3.5, true, false, 'zzz', [], ['zzz'], {}, { a: 1 }, [1, 2]]);
}

function valueMaker(question: Question): Maker {
  switch (question.getType()) {
    case 'radiogroup':
    case 'dropdown':
    case 'checkbox':
    case 'tagbox':
    case 'ranking':
    case 'imagepicker':
    case 'buttongroup':
      return choiceMaker(question as QuestionSelectBase);
    case 'rating': {
      const rates = (question as QuestionRatingModel).visibleRateValues.map((item) => item.value);
      const numeric = rates.filter((rate): rate is number => typeof rate === 'number');
      return (random, careless) => {
        if (!careless || random.chance(0.6)) return random.pick(rates);
        return random.pick([numeric.length > 0 ? Math.max(...numeric) + 1 : 'huge', 0, String(rates[0]), 'low', 2.5]);
      };
    }
    case 'boolean': {
      const boolean = question as QuestionBooleanModel;
      const options = [boolean.getValueTrue(), boolean.getValueFalse()];
      return (random, careless) => (!careless || random.chance(0.7) ? random.pick(options) : random.pick(['yes', 'no', 1, 0, true, 'maybe']));
    }
    case 'text':
    case 'comment': {
      const text = question as QuestionTextModel;
      if (question.getType() === 'text' && text.inputType === 'number') {
        const min = typeof text.min === 'number' ? text.min : 0;
        const max = typeof text.max === 'number' ? text.max : 120;
        return (random, careless) => {
          if (!careless || random.chance(0.6)) return random.int(Math.max(min, 16), Math.min(max, 40));
          return random.pick([min - 1, max + 1, 2.5, '12', Number.NaN, 130, 15]);
        };
      }
      if (question.getType() === 'text' && text.inputType !== 'text' && text.inputType !== 'email') {
        return (random, careless) => {
          if (!careless || random.chance(0.6)) return random.pick(sentByBrowser(text.inputType, text.min, text.max, random));
          return random.pick([...neverSent(text.inputType), ...pastBounds(text.inputType, text.min, text.max), '', '  ']);
        };
      }
      return (random, careless) => {
        if (!careless || random.chance(0.6)) return random.pick(['Ottawa', 'K1A', 'k2p', 'someone@example.org', 'We need more help with housing.']);
        return random.pick(['', '   ', 'x'.repeat(260), 'not an e-mail', 'A1', 7, ['x']]);
      };
    }
    case 'matrix': {
      const matrix = question as QuestionMatrixModel;
      const rows = matrix.rows.map((row) => String(row.value));
      const columns = matrix.columns.map((column) => column.value);
      return (random, careless) => {
        const value: Record<string, unknown> = {};
        for (const row of rows) if (random.chance(0.85)) value[row] = random.pick(columns);
        if (careless && random.chance(0.3)) value[random.pick(['bogus_row', rows[0] ?? 'r'])] = random.pick([...columns, 'zzz', 99, null]);
        return value;
      };
    }
    case 'slider': {
      const slider = question as unknown as { sliderType: string; min: number; max: number; step: number };
      const position = (random: SeededRandom) => slider.min + slider.step * random.int(0, Math.floor((slider.max - slider.min) / slider.step));
      return (random, careless) => {
        const value = careless && random.chance(0.4) ? random.pick([slider.max + 1, slider.min - 1, slider.min + slider.step / 3, '7']) : position(random);
        return slider.sliderType === 'range' ? [position(random), value] : value;
      };
    }
    case 'multipletext': {
      const items = (question as QuestionMultipleTextModel).items.map((item) => item.name);
      return (random, careless) => {
        const value: Record<string, unknown> = {};
        for (const item of items) if (random.chance(0.8)) value[item] = careless && random.chance(0.3) ? junk(random) : random.pick(['Ottawa', 3, '2019-11-30', '2024-02', 'someone@example.org', '613-555-0100', '']);
        if (careless && random.chance(0.2)) value.bogus_item = 'x';
        return value;
      };
    }
    case 'paneldynamic': {
      // Panels of the template's questions, each answered as chaotically as the survey's own.
      // An html or image element's name is sent now and then, as a stray key of the panel.
      const inner = (question as QuestionPanelDynamicModel).template.questions.map((templateQuestion) => ({
        name: templateQuestion.name, make: valueMaker(templateQuestion), share: ['html', 'image'].includes(templateQuestion.getType()) ? 0.05 : 0.7,
      }));
      return (random, careless) => {
        const panels: unknown[] = Array.from({ length: random.int(0, careless ? 7 : 3) }, () => {
          if (careless && random.chance(0.05)) return junk(random);
          const panel: Record<string, unknown> = {};
          for (const { name, make, share } of inner) if (random.chance(share)) panel[name] = make(random, careless);
          if (careless && random.chance(0.1)) panel.bogus = 'x';
          return panel;
        });
        return panels;
      };
    }
    default:
      return (random) => junk(random);
  }
}

function choiceMaker(question: QuestionSelectBase): Maker {
  const base = question.choices.map((item) => item.value);
  const special: unknown[] = [];
  if (question.showOtherItem) special.push(question.otherItem.value);
  if (question.showNoneItem) special.push(question.noneItem.value);
  if (question.showRefuseItem) special.push(question.refuseItem.value);
  if (question.showDontKnowItem) special.push(question.dontKnowItem.value);
  const source = question.choicesFromQuestion ? question.survey?.getQuestionByName(question.choicesFromQuestion) : undefined;
  const pool = [...base, ...((source as QuestionSelectBase | undefined)?.choices.map((item) => item.value) ?? []), ...special];
  const offer = pool.length > 0 ? pool : ['a'];
  const many = ['checkbox', 'tagbox', 'ranking'].includes(question.getType()) || (question.getType() === 'imagepicker' && (question as unknown as { multiSelect: boolean }).multiSelect);
  if (!many) {
    return (random, careless) => (!careless || random.chance(0.7) ? random.pick(offer) : random.pick(['zzz', 3, ['a'], '']));
  }
  const max = (question as QuestionCheckboxModel).maxSelectedChoices;
  return (random, careless) => {
    const size = random.int(careless ? 0 : 1, Math.min(offer.length, careless ? offer.length : Math.max(1, max || 3)));
    const chosen: unknown[] = random.subset(random.chance(0.8) ? [...base, ...(source ? pool : [])] : offer, size);
    if (careless && random.chance(0.2)) chosen.push(random.pick(['zzz', chosen[0] ?? 'a']));
    return chosen;
  };
}
