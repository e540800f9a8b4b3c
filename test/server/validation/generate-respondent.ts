import { neverSent, pastBounds, sentByBrowser } from './generate-inputs';
import { offeredChoices, readCalculated, readShapes, type QuestionShape, type Values } from './questionnaire-shape';
import type { SeededRandom } from './seeded-random';

/**
 * Responses from a careful respondent: every visible required question answered, optional ones
 * mostly, values taken from what is shown right now and kept within bounds and validators; and
 * near misses, the same with one field made wrong the way a buggy or hostile client would.
 * The generator only aims: the oracle decides what actually passes.
 */
export interface RespondentGenerator {
  careful(random: SeededRandom): Values;
  nearMiss(random: SeededRandom): Values;
  reshaped(random: SeededRandom): Values;
}

const TEXTS = ['Ottawa', 'K1A', 'k2p', 'someone@example.org', 'We need more help with housing.', 'Family', 'A bus pass would help a lot.'];
const EMAILS = ['someone@example.org', 'amina.k@example.ca'];
const COMMENTS = ['A community centre', 'My cousin', 'Volunteering'];

export function respondentGenerator(surveyJson: unknown): RespondentGenerator {
  const shapes = readShapes(surveyJson);
  const byName = new Map(shapes.map((shape) => [shape.name, shape]));

  const careful = (random: SeededRandom): Values => {
    const answers: Values = {};
    // Later answers can change earlier visibility (and requiredIf): settle in a few passes.
    for (let pass = 0; pass < 3; pass++) {
      for (const shape of shapes) {
        // The respondent sees what survey-core computes, not what an expression key holds.
        const seen = computedView(answers);
        const shown = shape.shown(seen);
        if (!shown) {
          if (shape.name in answers && random.chance(0.9)) forget(answers, shape);
          continue;
        }
        if (shape.name in answers && pass > 0 && stillFits(shape, answers)) continue;
        const needed = mustAnswer(shape, seen);
        if (!needed && pass === 0 && random.chance(0.2)) continue;
        if (!needed && pass > 0 && !(shape.name in answers)) continue;
        answer(shape, answers, random);
      }
    }
    // A device sends the calculated values it stores, sometimes stale; only questionnaires that have them draw for it.
    for (const value of calculated) if (value.stored && random.chance(0.3)) answers[value.name] = random.int(0, 20);
    // survey-core's client sends the matrix totals it computed; a stale or forged one must be ignored alike.
    for (const shape of shapes) if (shape.hasTotal && random.chance(0.3)) answers[`${shape.name}-total`] = random.pick<unknown>([{ [shape.cellColumns[0]?.name ?? 'x']: random.int(0, 50) }, {}, 'x', 0]);
    return answers;
  };

  const calculated = readCalculated(surveyJson);
  const computing = [...calculated, ...shapes.filter((shape) => shape.compute)];
  function computedView(answers: Values): Values {
    if (computing.length === 0) return answers;
    const view: Values = { ...answers };
    for (let pass = 0; pass < 3; pass++) for (const shape of computing) view[shape.name] = shape.compute?.(view);
    return view;
  }

  function stillFits(shape: QuestionShape, answers: Values): boolean {
    const value = answers[shape.name];
    if (shape.type === 'radiogroup' || shape.type === 'dropdown') return offeredChoices(shape, byName, answers).includes(value);
    if (shape.type === 'checkbox') {
      const offered = offeredChoices(shape, byName, answers);
      return Array.isArray(value) && value.every((item) => offered.includes(item)) && (!shape.ranksAll || offered.every((item) => value.includes(item)));
    }
    return shape.passes(value, answers);
  }

  function answer(shape: QuestionShape, answers: Values, random: SeededRandom): void {
    forget(answers, shape);
    const value = pickValue(shape, answers, random);
    if (value === undefined) return;
    answers[shape.name] = value;
    if (shape.other !== undefined && (Array.isArray(value) ? value.includes(shape.other) : value === shape.other)) {
      answers[`${shape.name}-Comment`] = random.pick(COMMENTS);
    }
  }

  function pickValue(shape: QuestionShape, answers: Values, random: SeededRandom): unknown {
    switch (shape.type) {
      case 'radiogroup':
      case 'dropdown': {
        const offered = offeredChoices(shape, byName, answers);
        return offered.length > 0 ? random.pick(offered) : undefined;
      }
      case 'checkbox': {
        const offered = offeredChoices(shape, byName, answers);
        // A ranking lists every shown choice, in the respondent's order.
        if (shape.ranksAll) return offered.length > 0 ? random.subset(offered, offered.length) : undefined;
        return pickMany(shape, offered, random);
      }
      case 'rating':
        return random.pick(shape.rates);
      case 'boolean':
        return random.pick(shape.booleans);
      case 'matrix':
        return pickRows(shape, answers, random);
      case 'matrixdropdown':
      case 'matrixdynamic':
        return pickCells(shape, answers, random);
      case 'multipletext':
        return pickItems(shape, answers, random);
      case 'paneldynamic':
        return pickPanels(shape, answers, random);
      case 'slider':
        return pickSlider(shape, answers, random);
      case 'expression':
        // survey-core's model sends its computed value; a stale or forged one must be ignored alike.
        return random.chance(0.3) ? random.pick<unknown>([random.int(0, 20), 'family', 'x']) : undefined;
      default:
        return pickText(shape, answers, random);
    }
  }

  function pickMany(shape: QuestionShape, offered: unknown[], random: SeededRandom): unknown[] | undefined {
    if (shape.exclusive.length > 0 && random.chance(0.1)) return [random.pick(shape.exclusive)];
    const regular = offered.filter((value) => !shape.exclusive.includes(value));
    if (regular.length === 0) return shape.exclusive.length > 0 ? [random.pick(shape.exclusive)] : undefined;
    const most = Math.min(regular.length, shape.maxSelected > 0 ? shape.maxSelected : 4);
    const least = Math.min(Math.max(1, shape.minSelected), most);
    const withoutOther = regular.filter((value) => value !== shape.other || random.chance(0.4));
    return random.subset(withoutOther.length >= least ? withoutOther : regular, random.int(least, most));
  }

  function pickRows(shape: QuestionShape, answers: Values, random: SeededRandom): Values {
    const rows = shape.rows.filter((row) => row.shown(answers)).map((row) => String(row.value));
    let columns = shape.columns.filter((column) => column.shown(answers)).map((column) => column.value);
    const cells: Values = {};
    for (const row of rows) {
      if (!shape.eachRowRequired && random.chance(0.15)) continue;
      if (columns.length === 0) break;
      const cell = random.pick(columns);
      cells[row] = cell;
      if (shape.eachRowUnique) columns = columns.filter((column) => column !== cell);
    }
    return cells;
  }

  /** Each shown row's shown cells, answered as a careful respondent would; `{row.x}` reads the row so far. */
  function pickCells(shape: QuestionShape, answers: Values, random: SeededRandom): unknown {
    // A cell validator may read a later column ({row.relation}): a row is drawn again until its cells all pass.
    const fill = (index: number): Values => {
      let row = fillOnce(index);
      for (let attempt = 0; attempt < 5 && !shape.cellColumns.every((column) => column.passes(row[column.name], { ...answers, row: seen(row) })); attempt++) {
        row = fillOnce(index);
      }
      return row;
    };
    // The respondent sees the expression cells survey-core computes in the row, not what the row holds for them.
    const computing = shape.cellColumns.filter((column) => column.compute);
    const seen = (row: Values): Values => {
      if (computing.length === 0) return row;
      const view = { ...row };
      for (let pass = 0; pass < 3; pass++) for (const column of computing) view[column.name] = column.compute?.({ ...answers, row: view });
      return view;
    };
    const fillOnce = (index: number): Values => {
      const row: Values = {};
      for (const column of shape.cellColumns) {
        const inRow = { ...answers, row: seen(row) };
        if (!column.shown(inRow)) continue;
        if (!mustAnswer(column, inRow) && random.chance(0.2)) continue;
        const value = column.name === shape.keyName ? `${random.pick(TEXTS)} ${index}` : pickValue(column, inRow, random);
        if (value === undefined) continue;
        row[column.name] = value;
        if (column.other !== undefined && (Array.isArray(value) ? value.includes(column.other) : value === column.other)) {
          row[`${column.name}-Comment`] = random.pick(COMMENTS);
        }
      }
      return row;
    };
    if (shape.type === 'matrixdynamic') {
      // survey-core's maxRowCount defaults to 1,000: a household has a few people.
      const most = Math.min(shape.maxRows > 0 ? shape.maxRows : 4, Math.max(4, shape.minRows));
      return Array.from({ length: random.int(Math.min(shape.minRows, most), most) }, (_, index) => fill(index));
    }
    const cells: Values = {};
    const rowNeeded = shape.cellColumns.some((column) => column.required(answers));
    for (const row of shape.rows) if (row.shown(answers) && (rowNeeded || random.chance(0.9))) cells[String(row.value)] = fill(0);
    return cells;
  }

  /** A thumb position (two for a range, start first) passing the validators; blank when none does and none is needed. */
  function pickSlider(shape: QuestionShape, answers: Values, random: SeededRandom): unknown {
    const [min, max, step] = [shape.min as number, shape.max as number, shape.step ?? 1];
    const position = () => min + step * random.int(0, Math.floor((max - min) / step));
    for (let attempt = 0; attempt < 10; attempt++) {
      const value = shape.sliderRange ? [position(), position()].sort((a, b) => a - b) : position();
      if (shape.passes(value, answers)) return value;
    }
    return mustAnswer(shape, answers) ? (shape.sliderRange ? [min, max] : min) : undefined;
  }

  /**
   * A few panels (within min and max), each filled as a careful respondent fills a page: the
   * questions shown by `{panel.x}` and `{panelIndex}` as the panel so far reads, required ones
   * always, keyName's answer different in each panel.
   */
  function pickPanels(shape: QuestionShape, answers: Values, random: SeededRandom): Values[] | undefined {
    const most = Math.min(shape.maxPanels, 4);
    const least = Math.min(most, Math.max(shape.minPanels, shape.required(answers) ? 1 : 0));
    const count = random.int(least, most);
    if (count === 0) return random.chance(0.5) ? [] : undefined;
    return Array.from({ length: count }, (_, index) => {
      const panel: Values = {};
      for (const inner of shape.panelElements) {
        const inPanel = { ...answers, panel, panelIndex: index };
        if (!inner.shown(inPanel)) continue;
        if (!mustAnswer(inner, inPanel) && random.chance(0.25)) continue;
        const value = inner.name === shape.keyName ? keyValue(inner, index, random) : pickValue(inner, inPanel, random);
        if (value === undefined) continue;
        panel[inner.name] = value;
        if (inner.other !== undefined && (Array.isArray(value) ? value.includes(inner.other) : value === inner.other)) {
          panel[`${inner.name}-Comment`] = random.pick(COMMENTS);
        }
      }
      return panel;
    });
  }

  /** A key that differs from panel to panel and fits the key question's maxLength. */
  function keyValue(inner: QuestionShape, index: number, random: SeededRandom): string {
    const suffix = ` ${index}`;
    const text = random.pick(TEXTS);
    return inner.maxLength > 0 ? `${text.slice(0, inner.maxLength - suffix.length)}${suffix}` : `${text}${suffix}`;
  }

  /** Each item as its own text question: required ones always, the others mostly. */
  function pickItems(shape: QuestionShape, answers: Values, random: SeededRandom): Values {
    const value: Values = {};
    for (const item of shape.textItems) {
      if (!mustAnswer(item, answers) && random.chance(0.25)) continue;
      const itemValue = pickText(item, answers, random);
      if (itemValue !== undefined) value[item.name] = itemValue;
    }
    return value;
  }

  function pickText(shape: QuestionShape, answers: Values, random: SeededRandom): unknown {
    const candidates: unknown[] = [];
    if (shape.inputType === 'number') {
      const low = typeof shape.min === 'number' ? shape.min : 0;
      const high = typeof shape.max === 'number' ? shape.max : 100;
      const step = shape.step && shape.step > 0 ? shape.step : 1;
      for (let i = 0; i < 12; i++) candidates.push(low + step * random.int(0, Math.floor(Math.min(high - low, 90) / step)));
      candidates.push(low, high);
    } else if (shape.type === 'text' && !['text', 'email'].includes(shape.inputType)) {
      candidates.push(...sentByBrowser(shape.inputType, shape.min, shape.max, random));
    } else {
      candidates.push(...random.subset(shape.inputType === 'email' ? EMAILS : TEXTS, TEXTS.length));
    }
    const fits = candidates.filter(
      (value) => (shape.maxLength === 0 || String(value).length <= shape.maxLength) && shape.passes(value, answers),
    );
    // An expression validator can depend on an unanswered question: leave an optional one blank.
    if (fits.length === 0 && !mustAnswer(shape, answers)) return undefined;
    return fits.length > 0 ? fits[0] : candidates[0];
  }

  const panelShapes = shapes.filter((shape) => shape.type === 'paneldynamic');
  const nearMiss = (random: SeededRandom): Values => {
    const answers = careful(random);
    for (let attempt = 0; attempt < 8; attempt++) {
      // A dynamic panel holds a page of questions: it draws a near miss more often than one question.
      // Its mutation is kept out of MUTATIONS so questionnaires without one draw the same cases as before.
      const panelled = panelShapes.length > 0 && random.chance(0.4);
      const shape = panelled ? random.pick(panelShapes) : random.pick(shapes);
      const mutate = panelled && random.chance(0.7) ? panelMutation : random.pick(MUTATIONS);
      if (mutate(shape, answers, random, offeredChoices(shape, byName, answers))) return answers;
    }
    delete answers[random.pick(shapes).name];
    return answers;
  };

  /**
   * A careful response with one to three answers replaced by values survey-core cannot hold as
   * sent and reshapes or clears (a list for a single choice, a single value or false for a
   * checkbox, unknown or hidden choices, none with others, blank objects), so that the other
   * questions' conditions read what survey-core made of them.
   */
  const allChoices = [...new Set(['zzz', ...shapes.flatMap((shape) => [...shape.choices.map((item) => item.value), ...shape.exclusive])])];
  const reshaped = (random: SeededRandom): Values => {
    const answers = careful(random);
    for (let count = random.int(1, 3); count > 0; count--) {
      const shape = random.pick(shapes);
      const own = [...shape.choices.map((item) => item.value), ...shape.exclusive];
      const some = own.length > 0 ? random.subset(own, random.int(1, 3)) : ['x'];
      const cells = Object.fromEntries(shape.rows.map((row) => [String(row.value), random.pick([...shape.columns.map((column) => column.value), 'zzz', [1], ''])]));
      if (shape.type === 'slider' && random.chance(0.5)) {
        // Off the track: survey-core holds it pulled within min and max, which conditions read.
        const [min, max] = [shape.min as number, shape.max as number];
        answers[shape.name] = random.pick<unknown>(shape.sliderRange ? [[min - 1, max + 1], [max + 1, max + 2], [null, min]] : [max + 1, min - 1, max + 100]);
        continue;
      }
      answers[shape.name] = random.pick<unknown>([
        ...RESHAPED, ...own, random.pick(allChoices), some, [...some, 'zzz'], [...some, ...shape.exclusive], [random.pick(allChoices), ...some], cells,
      ]);
    }
    return answers;
  };

  return { careful, nearMiss, reshaped };
}

const RESHAPED: unknown[] = [null, '', '  ', 0, 1, -1, 3.5, true, false, 'zzz', [], ['zzz'], {}, { a: 1 }, [1, 2], 'other', ['other'], { value: 'zzz' }, [''], [null], '1', { a: [] }];

/**
 * survey-core also refuses an empty answer below minSelectedChoices, with all matrix rows
 * required, or when an expression validator fails without a value.
 */
function mustAnswer(shape: QuestionShape, answers: Values): boolean {
  if (shape.required(answers)) return true;
  if ((shape.type === 'checkbox' && shape.minSelected > 0) || (shape.type === 'matrix' && shape.eachRowRequired)) return true;
  if (shape.textItems.some((item) => mustAnswer(item, answers))) return true;
  // A matrix draws rows (a matrixdynamic rowCount of them) whose required cells survey-core checks even when unanswered.
  const emptyRow = { ...answers, row: {} };
  if (shape.cellColumns.some((column) => column.shown(emptyRow) && column.required(emptyRow))) {
    if (shape.type === 'matrixdynamic' && Math.max(shape.rowCount, shape.minRows) > 0) return true;
    if (shape.type === 'matrixdropdown' && shape.rows.some((row) => row.shown(answers))) return true;
  }
  // survey-core validates the panels it builds for no answer: a required question there needs one.
  if (shape.type === 'paneldynamic' && Math.max(shape.panelCount, shape.minPanels) > 0) {
    if (shape.panelElements.some((inner) => inner.shown({ ...answers, panel: {}, panelIndex: 0 }) && mustAnswer(inner, { ...answers, panel: {}, panelIndex: 0 }))) return true;
  }
  return !shape.passes(undefined, answers);
}

function forget(answers: Values, shape: QuestionShape): void {
  delete answers[shape.name];
  delete answers[`${shape.name}-Comment`];
}

/** One wrong field; returns false when it does not apply to the question, so another is tried. */
type Mutation = (shape: QuestionShape, answers: Values, random: SeededRandom, offered: unknown[]) => boolean;

const isChoice = (shape: QuestionShape) => ['radiogroup', 'dropdown', 'checkbox'].includes(shape.type);

/**
 * A dynamic panel made wrong: a required answer emptied, a wrong or out-of-bounds value, an
 * unknown key, too many or too few panels, keyName repeated, a hidden question answered, not a list.
 */
const panelMutation: Mutation = (shape, answers, random) => {
  if (shape.type !== 'paneldynamic') return false;
  const sent = answers[shape.name];
  const panels: Values[] = Array.isArray(sent) ? structuredClone(sent) as Values[] : [];
  const index = panels.length > 0 ? random.int(0, panels.length - 1) : 0;
  const panel = panels[index] ?? {};
  if (panels.length === 0) panels.push(panel);
  const kind = random.int(0, 13);
  // Emptying aims at a question this panel needs answered, so the one error it makes is seen.
  const inPanel = { ...answers, panel, panelIndex: index };
  const needed = shape.panelElements.filter((candidate) => candidate.shown(inPanel) && mustAnswer(candidate, inPanel));
  const inner = (kind === 0 || kind === 6) && needed.length > 0 && random.chance(0.8) ? random.pick(needed) : random.pick(shape.panelElements);
  if (kind >= 10) {
    // A question hidden in this panel answered anyway: accepted, and dropped on completion.
    const hidden = shape.panelElements.filter((candidate) => !candidate.shown(inPanel));
    const target = hidden.length > 0 ? random.pick(hidden) : inner;
    panel[target.name] = plainValue(target, random);
  } else if (kind === 0) delete panel[inner.name];
  else if (kind === 1) panel[inner.name] = random.pick(WRONG[inner.type === 'text' ? `text:${inner.inputType}` : inner.type] ?? [{ a: 1 }]);
  else if (kind === 2) panel[random.pick(['bogus', 'first_name-Comment', `${inner.name}-Comment`])] = random.pick(['x', 7]);
  else if (kind === 3) answers[shape.name] = Array.from({ length: shape.maxPanels + 1 }, (_, i) => ({ ...panels[0], ...(shape.keyName ? { [shape.keyName]: `P${i}` } : {}) }));
  else if (kind === 4) answers[shape.name] = random.pick<unknown>([[], [{}], [{}, {}], null]);
  else if (kind === 5 && shape.keyName && panels.length > 0) {
    // keyName repeated: the same key in another panel, in another case or with blanks around it.
    const key = panels[0]?.[shape.keyName];
    panels.push({ ...panels[0], [shape.keyName]: random.chance(0.6) ? key : random.pick<unknown>([typeof key === 'string' ? key.toUpperCase() : key, ` ${String(key)}`]) });
  }
  else if (kind === 6) panel[inner.name] = random.pick<unknown>(['', '   ', null, [], {}]);
  // A ranking missing one of the choices its panel shows.
  else if (kind === 7 && inner.ranksAll && Array.isArray(panel[inner.name]) && random.chance(0.5)) panel[inner.name] = (panel[inner.name] as unknown[]).slice(1);
  else if (kind === 7) panel[inner.name] = random.pick<unknown>([130, -1, 4.5, 'x'.repeat(40), '1949-12-31', 99, ['english', 'english'], ['none', 'english']]);
  else if (kind === 8) panels.splice(index, 1, random.pick<unknown>(['x', 3, [], null]) as Values);
  else answers[shape.name] = random.pick<unknown>([panel, 'Amina', 3, { 0: panel }]);
  if (kind !== 3 && kind !== 4 && kind !== 9 && panels.length <= shape.maxPanels) answers[shape.name] = panels;
  return true;
};

const MUTATIONS: Mutation[] = [
  // A required answer left out, or sent blank.
  (shape, answers, random) => {
    if (!mustAnswer(shape, answers) || !shape.shown(answers)) return false;
    if (random.chance(0.5)) delete answers[shape.name];
    else answers[shape.name] = random.pick<unknown>(shape.type === 'checkbox' ? [[], null] : shape.type === 'matrix' ? [{}] : ['', '   ', null]);
    return true;
  },
  // Any answer dropped: often harmless, which keeps the near misses honest.
  (shape, answers) => {
    if (!(shape.name in answers)) return false;
    delete answers[shape.name];
    return true;
  },
  // The wrong type.
  (shape, answers, random) => {
    const wrong: Record<string, unknown[]> = {
      radiogroup: [['a'], { value: 1 }, true],
      dropdown: [['a'], true],
      checkbox: ['housing', 3, { a: 1 }, [['x']]],
      rating: ['low', true, [3]],
      boolean: ['yes', 1, 'true'],
      text: neverSent(shape.inputType),
      comment: [7, ['x']],
      matrix: [[1], 'row', 5],
      multipletext: ['Ottawa', ['x'], 5],
      slider: shape.sliderRange ? [5, [1], [1, 2, 3], ['1', 2]] : ['5', [5], true],
    };
    const options = wrong[shape.type];
    if (!options) return false;
    answers[shape.name] = random.pick(options);
    return true;
  },
  // A choice that is not offered: unknown, or hidden right now.
  (shape, answers, random, offered) => {
    if (!isChoice(shape)) return false;
    const hidden = shape.choices.map((item) => item.value).filter((value) => !offered.includes(value));
    const bad = hidden.length > 0 && random.chance(0.6) ? random.pick(hidden) : random.pick(['zzz', 'Other', 99]);
    const current = answers[shape.name];
    answers[shape.name] = shape.type === 'checkbox' ? [...(Array.isArray(current) ? current : []), bad] : bad;
    return true;
  },
  // Bounds crossed: a rating off the scale, a number outside min/max or off the step, text too long.
  (shape, answers, random) => {
    if (shape.type === 'rating') {
      const numbers = shape.rates.filter((rate): rate is number => typeof rate === 'number');
      answers[shape.name] = numbers.length > 0 ? random.pick([Math.max(...numbers) + 1, Math.min(...numbers) - 1, 2.5]) : 'huge';
      return true;
    }
    if (shape.type === 'text' && shape.inputType === 'number') {
      const [low, high] = [typeof shape.min === 'number' ? shape.min : 0, typeof shape.max === 'number' ? shape.max : 100];
      answers[shape.name] = random.pick([high + 1, low - 1, low + 0.5]);
      return true;
    }
    if (shape.type === 'slider') {
      const [min, max, step] = [shape.min as number, shape.max as number, shape.step ?? 1];
      const bad = random.pick([max + step, min - step, min + step / 2]);
      answers[shape.name] = shape.sliderRange ? random.pick([[min, bad], [bad, max]]) : bad;
      return true;
    }
    const past = shape.type === 'text' ? pastBounds(shape.inputType, shape.min, shape.max) : [];
    if (past.length > 0) {
      answers[shape.name] = random.pick(past);
      return true;
    }
    if (shape.maxLength > 0) {
      answers[shape.name] = 'x'.repeat(shape.maxLength + 1);
      return true;
    }
    return false;
  },
  // Checkbox rules: too many, the same twice, an exclusive choice with others.
  (shape, answers, random, offered) => {
    if (shape.type !== 'checkbox') return false;
    const regular = offered.filter((value) => !shape.exclusive.includes(value) && value !== shape.other);
    if (regular.length < 2) return false;
    const kind = random.int(0, 2);
    if (kind === 0 && shape.maxSelected > 0 && regular.length > shape.maxSelected) answers[shape.name] = regular.slice(0, shape.maxSelected + 1);
    else if (kind === 1 || shape.exclusive.length === 0) answers[shape.name] = [regular[0], regular[0]];
    else answers[shape.name] = [random.pick(shape.exclusive), regular[0]];
    return true;
  },
  // 'Other' without its text, or text for an 'other' not chosen.
  (shape, answers, random) => {
    if (shape.other === undefined) return false;
    const key = `${shape.name}-Comment`;
    if (random.chance(0.5)) {
      answers[shape.name] = shape.type === 'checkbox' ? [shape.other] : shape.other;
      if (random.chance(0.5)) delete answers[key];
      else answers[key] = random.pick(['', '   ', 42]);
    } else {
      const current = answers[shape.name];
      if (Array.isArray(current) ? current.includes(shape.other) : current === shape.other) return false;
      answers[key] = 'Something else';
    }
    return true;
  },
  // Text that breaks a validator or an e-mail input.
  (shape, answers, random) => {
    if (shape.type !== 'text' && shape.type !== 'comment') return false;
    const pool: unknown[] = shape.inputType === 'number' ? [-5, 0, 1, 17, 130, 1_000_001] : ['A1', 'not an e-mail', 'Hi', 'x'];
    const failing = pool.filter((value) => !shape.passes(value, answers));
    if (failing.length === 0) return false;
    answers[shape.name] = random.pick(failing);
    return true;
  },
  // Matrix rows: one missing, an unknown row, an unknown column, or a repeated column.
  (shape, answers, random) => {
    if (shape.type !== 'matrix') return false;
    const cells = { ...(answers[shape.name] as Values | undefined) };
    const kind = random.int(0, 3);
    const rows = Object.keys(cells);
    if (kind === 0 && rows.length > 0) delete cells[random.pick(rows)];
    else if (kind === 1) cells.bogus_row = shape.columns[0]?.value ?? 1;
    else if (kind === 2 && rows.length > 0) cells[random.pick(rows)] = 'zzz';
    else if (rows.length > 1) cells[rows[1] as string] = cells[rows[0] as string];
    else return false;
    answers[shape.name] = cells;
    return true;
  },
  // A matrixdropdown or matrixdynamic cell made wrong: a required one emptied, a wrong type, an unknown column or row,
  // too many rows, too few (fewer than minRowCount, `[]` included: the rows a browser could not send).
  (shape, answers, random) => {
    if (shape.cellColumns.length === 0) return false;
    const value = structuredClone(answers[shape.name]) as Values | Values[] | undefined;
    const rows: Values[] = Array.isArray(value) ? value : Object.values(value ?? {}).filter((row): row is Values => typeof row === 'object' && row !== null);
    const column = random.pick(shape.cellColumns);
    const kind = random.int(0, 4);
    if (kind === 4 && shape.type === 'matrixdynamic' && shape.minRows > 0 && random.chance(0.5)) {
      answers[shape.name] = rows.slice(0, random.int(0, shape.minRows - 1));
      return true;
    }
    if (kind === 4 && shape.type === 'matrixdynamic' && shape.maxRows > 0 && shape.maxRows <= 10) {
      answers[shape.name] = Array.from({ length: shape.maxRows + 1 }, () => ({}));
      return true;
    }
    if (kind === 3 && !Array.isArray(value)) {
      answers[shape.name] = { ...(value ?? {}), bogus_row: {} , [String(shape.rows[0]?.value ?? 'r')]: { [column.name]: null } };
      if (random.chance(0.5)) (answers[shape.name] as Values).bogus_row = { [column.name]: 'x' };
      return true;
    }
    const row = rows.length > 0 ? random.pick(rows) : undefined;
    if (!row) return false;
    if (kind === 0) delete row[column.name];
    else if (kind === 1) row[column.name] = random.pick(WRONG[column.type === 'text' ? `text:${column.inputType}` : column.type] ?? [{ a: 1 }]);
    else if (kind === 2) row.bogus_column = 'x';
    else if (column.name === shape.keyName && rows.length > 1) row[column.name] = rows[0]?.[column.name];
    else return false;
    answers[shape.name] = value;
    return true;
  },
  // A multipletext item made wrong: a required one emptied, a value its input could not send, too long, an unknown item.
  (shape, answers, random) => {
    if (shape.textItems.length === 0) return false;
    const value: Values = { ...(answers[shape.name] as Values | undefined) };
    const item = random.pick(shape.textItems);
    const kind = random.int(0, 3);
    if (kind === 0) value[item.name] = random.pick<unknown>(['', '   ', null]);
    else if (kind === 1) value[item.name] = random.pick(neverSent(item.inputType));
    else if (kind === 2) value[item.name] = item.maxLength > 0 ? 'x'.repeat(item.maxLength + 1) : random.pick(['A', 'not an e-mail', -3, 40]);
    else value.bogus_item = 'x';
    answers[shape.name] = value;
    return true;
  },
  // A key that is not a question.
  (_shape, answers, random) => {
    answers[random.pick(['unknown', 'intro', 'q999', 'status-comment'])] = 'x';
    return true;
  },
];

/** A well-formed answer to a question, whatever is shown: its own choices, scale or input. */
function plainValue(shape: QuestionShape, random: SeededRandom): unknown {
  const choices = shape.choices.map((item) => item.value);
  if (shape.type === 'checkbox') return random.subset(choices, 1);
  if (shape.type === 'radiogroup' || shape.type === 'dropdown') return random.pick(choices);
  if (shape.type === 'rating') return random.pick(shape.rates);
  if (shape.type === 'boolean') return random.pick(shape.booleans);
  if (shape.inputType === 'number') return random.int(0, 20);
  if (shape.type === 'text' && shape.inputType !== 'text') return random.pick(sentByBrowser(shape.inputType, shape.min, shape.max, random));
  return random.pick(['Lisgar', 'Ottawa', 'Family']);
}

const WRONG: Record<string, unknown[]> = {
  radiogroup: [['a'], 'zzz', true],
  dropdown: ['zzz', 99],
  checkbox: ['housing', ['zzz'], 3],
  rating: [99, 'low', true],
  boolean: ['yes', 1],
  comment: [7, ['x']],
  'text:text': [7, { a: 1 }],
  'text:number': ['12', -1, 1_000_000],
  'text:date': ['2024-02-30', '1900-01-01'],
  // Off the track: survey-core holds it pulled within min and max, which `{name[0].x}` reads.
  slider: [130, -10, 125, 5, '5', [4, 30], [6, 130], [null, 10], true],
  // A row survey-core does not know, a list in a cell (held as its first item), not an object.
  matrix: [{ bogus_row: 1 }, { on_time: [4, 1], price: ['worse'] }, { clean: 9, time: 'zzz' }, [1], 'on_time'],
};
