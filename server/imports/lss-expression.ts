import { Untranslatable, type BinaryOp, type Expr } from './expression-tree';

/** What a LimeSurvey variable name stands for once the survey is converted. */
export type LssVariable =
  | { kind: 'answer'; name: string }
  /** A subquestion of a multiple choice question: "Y" when ticked, in SurveyJS a value of its array. */
  | { kind: 'ticked'; question: string; code: string };

type Token = { type: 'name' | 'string' | 'number' | 'op'; value: string };

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '+', '-', '*', '/', '(', ')', ','];
const WORDS: Record<string, string> = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=', and: '&&', or: '||', not: '!' };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const rest = source.slice(index);
    const match = /^\s+/.exec(rest);
    if (match) {
      index += match[0].length;
      continue;
    }
    const string = /^"((?:[^"\\]|\\.)*)"|^'((?:[^'\\]|\\.)*)'/.exec(rest);
    const number = /^\d+(\.\d+)?/.exec(rest);
    const name = /^[A-Za-z_][\w]*(\.[A-Za-z]+)?/.exec(rest);
    const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (string) tokens.push({ type: 'string', value: (string[1] ?? string[2] ?? '').replace(/\\(.)/g, '$1') });
    else if (number) tokens.push({ type: 'number', value: number[0] });
    else if (name) tokens.push(WORDS[name[0].toLowerCase()] ? { type: 'op', value: WORDS[name[0].toLowerCase()]! } : { type: 'name', value: name[0] });
    else if (op) tokens.push({ type: 'op', value: op });
    else throw new Untranslatable(`"${rest[0]}" is not part of the ExpressionScript Tessera reads`);
    index += (string ?? number ?? name)?.[0].length ?? op!.length;
  }
  return tokens;
}

const BINARY: Record<string, BinaryOp> = { '==': '=', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=', '+': '+', '-': '-', '*': '*', '/': '/' };

/**
 * Translates a LimeSurvey relevance equation (ExpressionScript) into a SurveyJS expression tree:
 * question codes with or without .NAOK/.value, subquestion codes of multiple choice questions,
 * comparisons (== eq != ne < lt …), and/or/not (&& || !), arithmetic, is_empty() and if().
 */
export function parseExpressionScript(source: string, resolve: (name: string) => LssVariable): Expr {
  const tokens = tokenize(source.trim().replace(/^\{([\s\S]*)\}$/, '$1'));
  let position = 0;
  const peek = () => tokens[position];
  const isOp = (value: string) => peek()?.type === 'op' && peek()!.value === value;
  const expect = (value: string) => {
    if (!isOp(value)) throw new Untranslatable(`expected "${value}" in ${source}`);
    position += 1;
  };
  const variables = new Map<Expr, LssVariable>();

  const reference = (text: string): Expr => {
    const [name, suffix] = text.split('.');
    if (suffix && !['NAOK', 'value', 'code'].includes(suffix)) throw new Untranslatable(`".${suffix}" has no SurveyJS equivalent`);
    const variable = resolve(name!);
    const expr: Expr = variable.kind === 'answer' ? { kind: 'ref', name: variable.name } : { kind: 'ref', name: `${variable.question}_${variable.code}` };
    variables.set(expr, variable);
    return expr;
  };

  /** `Q_SQ == "Y"` on a multiple choice subquestion becomes `{Q} contains 'SQ'`. */
  const compare = (op: BinaryOp, left: Expr, right: Expr): Expr => {
    const ticked = variables.get(left);
    if (ticked?.kind !== 'ticked') {
      if (variables.get(right)?.kind === 'ticked') throw new Untranslatable('a multiple choice subquestion is compared the other way round');
      return { kind: 'binary', op, left, right };
    }
    if ((op !== '=' && op !== '!=') || right.kind !== 'literal' || (right.value !== 'Y' && right.value !== '')) {
      throw new Untranslatable(`a multiple choice subquestion is compared otherwise than with "Y" or ""`);
    }
    const list: Expr = { kind: 'ref', name: ticked.question };
    const value: Expr = { kind: 'literal', value: ticked.code };
    return { kind: 'contains', list, value, negated: (op === '=') !== (right.value === 'Y') };
  };

  const call = (name: string): Expr => {
    expect('(');
    const args: Expr[] = [];
    while (!isOp(')')) {
      args.push(orExpr());
      if (!isOp(')')) expect(',');
    }
    expect(')');
    const lower = name.toLowerCase();
    if (lower === 'is_empty' && args.length === 1) {
      const ticked = variables.get(args[0]!);
      if (ticked?.kind === 'ticked') return { kind: 'contains', list: { kind: 'ref', name: ticked.question }, value: { kind: 'literal', value: ticked.code }, negated: true };
      return { kind: 'empty', operand: args[0]!, negated: false };
    }
    if (lower === 'if' && args.length === 3) return { kind: 'call', name: 'iif', args };
    throw new Untranslatable(`the function ${name}() has no SurveyJS equivalent Tessera accepts`);
  };

  const primary = (): Expr => {
    const token = peek();
    if (!token) throw new Untranslatable(`the expression ${source} ends too early`);
    position += 1;
    if (token.type === 'string') return { kind: 'literal', value: token.value };
    if (token.type === 'number') return { kind: 'literal', value: Number(token.value) };
    if (token.type === 'name') return isOp('(') ? call(token.value) : reference(token.value);
    if (token.value === '(') {
      const inner = orExpr();
      expect(')');
      return inner;
    }
    if (token.value === '!') {
      const operand = primary();
      if (operand.kind === 'empty') return { ...operand, negated: !operand.negated };
      if (operand.kind === 'contains') return { ...operand, negated: !operand.negated };
      return { kind: 'not', operand };
    }
    if (token.value === '-') return { kind: 'binary', op: '-', left: { kind: 'literal', value: 0 }, right: primary() };
    throw new Untranslatable(`"${token.value}" was not expected in ${source}`);
  };

  const level = (next: () => Expr, ops: string[]) => (): Expr => {
    let left = next();
    while (peek()?.type === 'op' && ops.includes(peek()!.value)) {
      const op = peek()!.value;
      position += 1;
      const right = next();
      left = ['==', '!=', '<', '<=', '>', '>='].includes(op) ? compare(BINARY[op]!, left, right) : { kind: 'binary', op: op === '&&' ? 'and' : op === '||' ? 'or' : BINARY[op]!, left, right };
    }
    return left;
  };
  const multiplicative = level(primary, ['*', '/']);
  const additive = level(multiplicative, ['+', '-']);
  const comparison = level(additive, ['==', '!=', '<', '<=', '>', '>=']);
  const andExpr = level(comparison, ['&&']);
  const orExpr = level(andExpr, ['||']);

  const result = orExpr();
  if (position < tokens.length) throw new Untranslatable(`"${tokens[position]!.value}" was not expected in ${source}`);
  for (const [expr, variable] of variables) {
    // A subquestion still standing alone (not compared with "Y") has no SurveyJS variable.
    if (variable.kind === 'ticked' && isInside(result, expr)) throw new Untranslatable(`${variable.question}_${variable.code} is used otherwise than compared with "Y" or ""`);
  }
  return result;
}

function isInside(root: Expr, target: Expr): boolean {
  if (root === target) return true;
  switch (root.kind) {
    case 'binary':
      return isInside(root.left, target) || isInside(root.right, target);
    case 'not':
    case 'empty':
      return isInside(root.operand, target);
    case 'contains':
      return isInside(root.list, target) || isInside(root.value, target);
    case 'call':
      return root.args.some((arg) => isInside(arg, target));
    default:
      return false;
  }
}
