import { Untranslatable, printExpression, type Expr } from './expression-tree';
import type { NotConverted } from './import-types';
import { parseXPath, type AnswerShape } from './xpath-expression';
import type { SheetRow } from './xlsform-sheets';

/** What each name in the form is, so references can be translated or refused with a reason. */
export interface FormNames {
  shapes: Map<string, AnswerShape>;
  /** Names whose rows were not converted (calculate, unsupported types), with why. */
  missing: Map<string, string>;
}

export function shapeLookup(names: FormNames) {
  return (name: string): AnswerShape => {
    const shape = names.shapes.get(name);
    if (shape) return shape;
    const why = names.missing.get(name);
    throw new Untranslatable(why ? `it refers to \${${name}}, which was not converted (${why})` : `it refers to \${${name}}, which is not a question of this form`);
  };
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
    return printExpression(options.wrap ? options.wrap(expr) : expr);
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
    if (readsColumns.length === 0) return { choicesVisibleIf: printExpression(general) };
    const itemVisibleIf = new Map<SheetRow, string>();
    for (const choice of choices) {
      // The choice's own cells, its name included, stand in for the bare column names.
      const expr = parseXPath(source, { shapeOf, column: (name) => literal(choice.cells.get(name)) });
      itemVisibleIf.set(choice, printExpression(expr));
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
