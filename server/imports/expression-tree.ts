/**
 * The part of an expression language both imports understand, printed as a SurveyJS
 * expression. Parsers of XLSForm XPath and LimeSurvey ExpressionScript build it; anything they
 * cannot express here is reported, not guessed.
 */
export type Expr =
  | { kind: 'ref'; name: string }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'not'; operand: Expr }
  | { kind: 'contains'; list: Expr; value: Expr; negated: boolean }
  | { kind: 'empty'; operand: Expr; negated: boolean }
  | { kind: 'length'; name: string }
  | { kind: 'call'; name: string; args: Expr[] };

export type BinaryOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'and' | 'or' | '+' | '-' | '*' | '/' | '%';

/** Why a piece of an expression could not be translated; the message names the piece. */
export class Untranslatable extends Error {}

const PRECEDENCE: Record<BinaryOp, number> = {
  or: 1, and: 2, '=': 3, '!=': 3, '<': 3, '<=': 3, '>': 3, '>=': 3, '+': 4, '-': 4, '*': 5, '/': 5, '%': 5,
};

/** How tightly an expression binds; comparisons, contains and empty all sit at 3. */
function precedence(expr: Expr): number {
  if (expr.kind === 'binary') return PRECEDENCE[expr.op];
  if (expr.kind === 'contains' || expr.kind === 'empty') return 3;
  return 6;
}

export function printExpression(expr: Expr): string {
  switch (expr.kind) {
    case 'ref':
      return `{${expr.name}}`;
    case 'length':
      return `{${expr.name}.length}`;
    case 'literal':
      return printLiteral(expr.value);
    case 'binary': {
      const own = PRECEDENCE[expr.op];
      // Left-associative and comparisons never chain; "and" inside "or" is bracketed too, so
      // readers need not recall which binds tighter.
      const left = own === 1 ? 2 : own === 3 ? 4 : own;
      const right = own === 1 ? 3 : own + 1;
      return `${operand(expr.left, left)} ${expr.op} ${operand(expr.right, right)}`;
    }
    case 'not':
      return `!(${printExpression(expr.operand)})`;
    case 'contains':
      return `${operand(expr.list, 4)} ${expr.negated ? 'notcontains' : 'contains'} ${operand(expr.value, 4)}`;
    case 'empty':
      return `${operand(expr.operand, 4)} ${expr.negated ? 'notempty' : 'empty'}`;
    case 'call':
      return `${expr.name}(${expr.args.map(printExpression).join(', ')})`;
  }
}

function operand(expr: Expr, atLeast: number): string {
  const printed = printExpression(expr);
  return precedence(expr) < atLeast ? `(${printed})` : printed;
}

function printLiteral(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  throw new Untranslatable(`the text ${value} holds both kinds of quotes`);
}

/** True when the expression mentions the reference `name` anywhere. */
export function mentions(expr: Expr, name: string): boolean {
  switch (expr.kind) {
    case 'ref':
    case 'length':
      return expr.name === name;
    case 'literal':
      return false;
    case 'binary':
      return mentions(expr.left, name) || mentions(expr.right, name);
    case 'not':
      return mentions(expr.operand, name);
    case 'contains':
      return mentions(expr.list, name) || mentions(expr.value, name);
    case 'empty':
      return mentions(expr.operand, name);
    case 'call':
      return expr.args.some((arg) => mentions(arg, name));
  }
}

/** The expression with every reference renamed (a repeat's own questions read as `panel.<name>`). */
export function renameRefs(expr: Expr, rename: (name: string) => string): Expr {
  switch (expr.kind) {
    case 'ref':
    case 'length':
      return { ...expr, name: rename(expr.name) };
    case 'literal':
      return expr;
    case 'binary':
      return { ...expr, left: renameRefs(expr.left, rename), right: renameRefs(expr.right, rename) };
    case 'not':
    case 'empty':
      return { ...expr, operand: renameRefs(expr.operand, rename) };
    case 'contains':
      return { ...expr, list: renameRefs(expr.list, rename), value: renameRefs(expr.value, rename) };
    case 'call':
      return { ...expr, args: expr.args.map((arg) => renameRefs(arg, rename)) };
  }
}
