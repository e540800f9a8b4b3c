import { ConditionsParser, type Operand } from 'survey-core';
import { Untranslatable } from './expression-tree';

const OPERATORS: Record<string, string> = {
  equal: '=', notequal: '!=', less: '<', greater: '>', lessorequal: '<=', greaterorequal: '>=',
  and: 'and', or: 'or', plus: '+', minus: '-', mul: '*', div: 'div', mod: 'mod',
};

type AnyOperand = Operand & Record<string, any>;

/**
 * A SurveyJS expression as an XLSForm (ODK XPath) expression, read with survey-core's own
 * parser. `multiple(name)` says whether a question holds a list (contains → selected()).
 */
export function toXPath(expression: string, multiple: (name: string) => boolean, self?: string): string {
  const parser = new ConditionsParser();
  const root = parser.parseExpression(expression) as AnyOperand | null;
  if (!root) throw new Untranslatable(`${expression} is not a SurveyJS expression`);
  return print(root, multiple, self);
}

function print(operand: AnyOperand, multiple: (name: string) => boolean, self: string | undefined): string {
  const inner = (child: AnyOperand) => {
    const text = print(child, multiple, self);
    return child.getType() === 'binary' ? `(${text})` : text;
  };
  switch (operand.getType()) {
    case 'variable': {
      // Inside a repeat, XLSForm's ${x} is already the entry's own answer: SurveyJS says {panel.x}.
      const name = (operand.variable as string).replace(/^panel\./, '');
      if (name === self) return '.';
      if (name === 'item') return 'name';
      if (name.endsWith('.length')) {
        const base = name.slice(0, -'.length'.length);
        return multiple(base) ? `count-selected(\${${base}})` : `string-length(\${${base}})`;
      }
      if (!/^[A-Za-z_][\w.-]*$/.test(name) || name.includes('.')) throw new Untranslatable(`{${name}} has no XLSForm equivalent`);
      return `\${${name}}`;
    }
    case 'const': {
      const value = operand.correctValue;
      if (typeof value === 'string') return value.includes("'") ? `"${value}"` : `'${value}'`;
      if (typeof value === 'boolean') return value ? 'true()' : 'false()';
      return String(value);
    }
    case 'unary': {
      const target = operand.expression as AnyOperand;
      if (operand.operator === 'negate') return `not(${print(target, multiple, self)})`;
      if (operand.operator === 'empty') return `${inner(target)} = ''`;
      if (operand.operator === 'notempty') return `${inner(target)} != ''`;
      break;
    }
    case 'binary': {
      const op = operand.operator as string;
      const left = operand.leftOperand as AnyOperand;
      const right = operand.rightOperand as AnyOperand;
      if (op === 'contains' || op === 'notcontains') {
        const selected = `selected(${print(left, multiple, self)}, ${print(right, multiple, self)})`;
        return op === 'contains' ? selected : `not(${selected})`;
      }
      const symbol = OPERATORS[op];
      if (symbol) return `${inner(left)} ${symbol} ${inner(right)}`;
      break;
    }
    case 'function': {
      const params = (operand.paramValues as AnyOperand[]).map((param) => print(param, multiple, self));
      if (operand.functionName === 'iif') return `if(${params.join(', ')})`;
      if (operand.functionName === 'today' && params.length === 0) return 'today()';
      break;
    }
  }
  throw new Untranslatable(`"${operand.toString()}" has no XLSForm equivalent`);
}
