import { Untranslatable, printExpression, renameRefs, type Expr } from './expression-tree';
import type { NotConverted } from './import-types';
import { parseXPath, type AnswerShape } from './xpath-expression';
import type { SheetRow } from './xlsform-sheets';

/** What each name in the form is, so references can be translated or refused with a reason. */
export interface FormNames {
  shapes: Map<string, AnswerShape>;
  /** Names whose rows were not converted (unsupported types), with why. */
  missing: Map<string, string>;
  /** The (outermost) repeat each name is asked in; a repeat becomes a dynamic panel. */
  repeatOf: Map<string, string>;
  /** The repeat the expression being translated belongs to, if any. */
  scope?: string;
}

export function shapeLookup(names: FormNames) {
  return (name: string): AnswerShape => {
    const shape = names.shapes.get(name);
    const repeat = names.repeatOf.get(name);
    if (shape && repeat !== undefined && repeat !== names.scope) {
      // ODK reads the whole repeat's list of answers there; SurveyJS has no such reference.
      throw new Untranslatable(`it refers to \${${name}}, which is asked once per "${repeat}" entry, from outside that repeat`);
    }
    if (shape) return shape;
    const why = names.missing.get(name);
    throw new Untranslatable(why ? `it refers to \${${name}}, which was not converted (${why})` : `it refers to \${${name}}, which is not a question of this form`);
  };
}

/** Inside a repeat, the repeat's own questions are read in the same entry: `{panel.<name>}`. */
function scoped(expr: Expr, names: FormNames): Expr {
  const scope = names.scope;
  if (scope === undefined) return expr;
  return renameRefs(expr, (name) => (names.repeatOf.get(name) === scope ? `panel.${name}` : name));
}

/** Translates one expression cell, or reports it against its row and column and returns undefined. */
export function translateCell(
  row: SheetRow,
  column: string,
  names: FormNames,
  report: NotConverted[],
  options: { self?: string; wrap?: (expr: Expr) => Expr } = {},
): string | undefined {
  const source = row.cells.get(column);
  if (source === undefined) return undefined;
  try {
    const expr = parseXPath(source, { self: options.self, shapeOf: shapeLookup(names) });
    return printExpression(scoped(options.wrap ? options.wrap(expr) : expr, names));
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error;
    report.push({ sheet: 'survey', row: row.row, column, question: row.cells.get('name'), reason: `${source} was not converted: ${error.message}.` });
    return undefined;
  }
}

/**
 * A choice_filter as SurveyJS conditions. When it reads only the choice's name it becomes the
 * question's choicesVisibleIf with {item}; when it reads other columns of the choices sheet
 * (`province = ${province}`) each choice gets its own visibleIf with that choice's values in place.
 */
export function translateChoiceFilter(
  row: SheetRow,
  choices: readonly SheetRow[],
  names: FormNames,
  report: NotConverted[],
): { choicesVisibleIf?: string; itemVisibleIf?: Map<SheetRow, string> } {
  const source = row.cells.get('choice_filter');
  if (source === undefined) return {};
  try {
    const shapeOf = shapeLookup(names);
    const general = parseXPath(source, { shapeOf, column: (name) => ({ kind: 'ref', name: name === 'name' ? 'item' : `choice column ${name}` }) });
    const readsColumns = [...new Set(columnNames(general))].filter((name) => name !== 'item');
    if (readsColumns.length === 0) return { choicesVisibleIf: printExpression(scoped(general, names)) };
    const itemVisibleIf = new Map<SheetRow, string>();
    for (const choice of choices) {
      // The choice's own cells, its name included, stand in for the bare column names.
      const expr = parseXPath(source, { shapeOf, column: (name) => literal(choice.cells.get(name)) });
      itemVisibleIf.set(choice, printExpression(scoped(expr, names)));
    }
    return { itemVisibleIf };
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error;
    report.push({ sheet: 'survey', row: row.row, column: 'choice_filter', question: row.cells.get('name'), reason: `${source} was not converted: ${error.message}; every choice is shown.` });
    return {};
  }
}

function literal(text: string | undefined): Expr {
  if (text === undefined) return { kind: 'literal', value: '' };
  return /^-?\d+(\.\d+)?$/.test(text) ? { kind: 'literal', value: Number(text) } : { kind: 'literal', value: text };
}

function columnNames(expr: Expr): string[] {
  switch (expr.kind) {
    case 'ref':
      return expr.name === 'item' || expr.name.startsWith('choice column ') ? [expr.name] : [];
    case 'binary':
      return [...columnNames(expr.left), ...columnNames(expr.right)];
    case 'not':
    case 'empty':
      return columnNames(expr.operand);
    case 'contains':
      return [...columnNames(expr.list), ...columnNames(expr.value)];
    case 'call':
      return expr.args.flatMap(columnNames);
    default:
      return [];
  }
}
