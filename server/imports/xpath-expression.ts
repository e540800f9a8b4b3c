import { Untranslatable, type BinaryOp, type Expr } from './expression-tree';

/** What an XLSForm name stands for, as far as translating a reference to it goes. */
export type AnswerShape = 'single' | 'multiple' | 'value';

export interface XPathContext {
  /** The question `.` stands for (constraints and relevance of the row itself). */
  self?: string;
  /** The shape of a referenced question's answer; throws Untranslatable for names that are not questions. */
  shapeOf(name: string): AnswerShape;
  /** A bare name in a choice_filter: a column of the choice being filtered. */
  column?(name: string): Expr;
}

type Token =
  | { type: 'ref'; name: string }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'name'; value: string }
  | { type: 'op'; value: string };

const OPERATORS = ['!=', '<=', '>=', '=', '<', '>', '+', '-', '*', '(', ')', ',', '..', '.', '/', '|', '[', ']'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const rest = source.slice(index);
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
      continue;
    }
    const ref = /^\$\{([^}]+)\}/.exec(rest);
    const string = /^'([^']*)'|^"([^"]*)"/.exec(rest);
    const number = /^\d+(\.\d+)?|^\.\d+/.exec(rest);
    const name = /^[A-Za-z_][\w.:-]*/.exec(rest)?.[0].replace(/[.-]+$/, '');
    const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (ref) {
      tokens.push({ type: 'ref', name: ref[1]!.trim() });
      index += ref[0].length;
    } else if (string) {
      tokens.push({ type: 'string', value: string[1] ?? string[2] ?? '' });
      index += string[0].length;
    } else if (number) {
      tokens.push({ type: 'number', value: Number(number[0]) });
      index += number[0].length;
    } else if (name) {
      tokens.push({ type: 'name', value: name });
      index += name.length;
    } else if (op) {
      tokens.push({ type: 'op', value: op });
      index += op.length;
    } else {
      throw new Untranslatable(`"${rest[0]}" is not part of the expressions Tessera reads`);
    }
  }
  return tokens;
}

const COMPARISONS = new Set(['=', '!=', '<', '<=', '>', '>=']);

/**
 * Translates an XLSForm (ODK XPath) expression into a SurveyJS expression tree: ${q} references,
 * `.`, and/or/not, comparisons, arithmetic, selected(), count-selected(), string-length(),
 * if(), today(), true()/false(). Paths, repeats' positions and the many other XPath functions
 * throw Untranslatable with the reason.
 */
export function parseXPath(source: string, context: XPathContext): Expr {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const isOp = (value: string) => peek()?.type === 'op' && (peek() as { value: string }).value === value;
  const isWord = (value: string) => peek()?.type === 'name' && (peek() as { value: string }).value === value;
  const expect = (value: string) => {
    if (!isOp(value)) throw new Untranslatable(`expected "${value}" in ${source}`);
    position += 1;
  };

  const binary = (next: () => Expr, ops: Record<string, BinaryOp>, words: boolean) => (): Expr => {
    let left = next();
    for (;;) {
      const token = peek();
      const text = token && (token.type === 'op' || (words && token.type === 'name')) ? token.value : undefined;
      const op = text !== undefined ? ops[text] : undefined;
      if (!op) return left;
      position += 1;
      left = { kind: 'binary', op, left, right: next() };
    }
  };

  const primary = (): Expr => {
    const token = peek();
    if (!token) throw new Untranslatable(`the expression ${source} ends too early`);
    position += 1;
    if (token.type === 'ref') {
      context.shapeOf(token.name);
      return { kind: 'ref', name: token.name };
    }
    if (token.type === 'string') return { kind: 'literal', value: token.value };
    if (token.type === 'number') return { kind: 'literal', value: token.value };
    if (token.type === 'op') {
      if (token.value === '(') {
        const inner = orExpr();
        expect(')');
        return inner;
      }
      if (token.value === '.') {
        if (!context.self) throw new Untranslatable('"." (the current answer) has no meaning here');
        return { kind: 'ref', name: context.self };
      }
      if (token.value === '-') return { kind: 'binary', op: '-', left: { kind: 'literal', value: 0 }, right: primary() };
      throw new Untranslatable(`"${token.value}" (XPath paths and predicates) has no SurveyJS equivalent`);
    }
    if (isOp('(')) return call(token.value);
    if (context.column) return context.column(token.value);
    throw new Untranslatable(`"${token.value}" is neither a \${question} reference nor a value`);
  };

  const args = (): Expr[] => {
    expect('(');
    const list: Expr[] = [];
    while (!isOp(')')) {
      list.push(orExpr());
      if (!isOp(')')) expect(',');
    }
    expect(')');
    return list;
  };

  const call = (name: string): Expr => {
    const list = args();
    const refName = (expr: Expr | undefined) => {
      if (expr?.kind !== 'ref') throw new Untranslatable(`${name}() is translated only for a \${question} reference`);
      return expr.name;
    };
    switch (name) {
      case 'selected': {
        const question = refName(list[0]);
        if (!list[1]) throw new Untranslatable('selected() needs a choice');
        if (context.shapeOf(question) === 'multiple') return { kind: 'contains', list: list[0]!, value: list[1], negated: false };
        return { kind: 'binary', op: '=', left: list[0]!, right: list[1] };
      }
      case 'count-selected':
        return { kind: 'length', name: refName(list[0]) };
      case 'string-length':
        return { kind: 'length', name: refName(list[0]) };
      case 'not':
        return { kind: 'not', operand: list[0]! };
      case 'if':
        return { kind: 'call', name: 'iif', args: list };
      case 'today':
        return { kind: 'call', name: 'today', args: [] };
      case 'true':
        return { kind: 'literal', value: true };
      case 'false':
        return { kind: 'literal', value: false };
      case 'number':
        return list[0]!;
      default:
        throw new Untranslatable(`the function ${name}() has no SurveyJS equivalent Tessera accepts`);
    }
  };

  const unary = (): Expr => primary();
  const multiplicative = binary(unary, { '*': '*', div: '/', mod: '%' }, true);
  const additive = binary(multiplicative, { '+': '+', '-': '-' }, false);
  const comparison = (): Expr => {
    const left = additive();
    const token = peek();
    if (token?.type !== 'op' || !COMPARISONS.has(token.value)) return left;
    position += 1;
    return { kind: 'binary', op: token.value as BinaryOp, left, right: additive() };
  };
  const andExpr = binary(comparison, { and: 'and' }, true);
  const orExpr = binary(andExpr, { or: 'or' }, true);

  const result = orExpr();
  if (position < tokens.length) {
    const token = tokens[position]!;
    throw new Untranslatable(`"${'value' in token ? token.value : token.name}" was not expected in ${source}`);
  }
  return result;
}
