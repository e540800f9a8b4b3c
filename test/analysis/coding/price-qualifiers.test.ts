import { describe, expect, it } from 'vitest';
import { createCoder } from '../../../analysis/coding';

// These tests are about the lexicon rules: the coder without the fitted model, whose decisions are measured on the corpus.
const codeAnswer = createCoder({ model: false });
import { EN } from '../../../analysis/coding/lexicons';
import type { ThemeCode } from '../../../analysis/taxonomy';

// Exact theme sets: the rule is about what is NOT coded as much as what is.
describe('price words next to a priced topic', () => {
  it.each<[string, string, ThemeCode[]]>([
    // rent that is expensive is housing only
    ['rent is too expensive', 'en', ['housing']],
    ['the rent prices are crazy', 'en', ['housing']],
    ['le loyer coûte trop cher', 'fr', ['housing']],
    ['les loyers sont trop chers', 'fr', ['housing']],
    ['la renta es muy cara', 'es', ['housing']],
    ['el alquiler cuesta demasiado', 'es', ['housing']],
    ['房租太贵了', 'zh-cn', ['housing']],
    ['ਕਿਰਾਇਆ ਬਹੁਤ ਮਹਿੰਗਾ ਹੈ', 'pa', ['housing']],
    ['غلاء الإيجار', 'ar', ['housing']],
    // expensive food is basic_needs
    ['food is so expensive', 'en', ['basic_needs']],
    ['la nourriture coûte cher', 'fr', ['basic_needs']],
    ['la comida es cara', 'es', ['basic_needs']],
    ['todo es caro aquí', 'es', ['basic_needs']],
    ['东西太贵', 'zh-cn', ['basic_needs']],
    // the cost of living is basic_needs
    ['cost of living is too high', 'en', ['basic_needs']],
    ['le coût de la vie est élevé', 'fr', ['basic_needs']],
    ['el costo de vida es muy alto', 'es', ['basic_needs']],
    ['غلاء المعيشة', 'ar', ['basic_needs']],
    // a price word only qualifies the topic in its own clause
    ['rent is high, and food is expensive too', 'en', ['housing', 'basic_needs']],
    ["payer le loyer et l'épicerie", 'fr', ['housing', 'basic_needs']],
    ['la renta es cara. todo es caro', 'es', ['housing', 'basic_needs']],
    // other priced topics keep the price too
    ['el transporte es caro', 'es', ['transportation']],
    ['medication is expensive', 'en', ['health']],
    // a landlord's credit check is about renting; building credit is banking
    ['landlord wanted a credit score we dont have', 'en', ['housing']],
    ['building credit from zero', 'en', ['basic_needs']],
  ])('codes %j (%s) as exactly %j', (text, lang, themes) => {
    expect([...codeAnswer({ text, lang }).themes].sort()).toEqual([...themes].sort());
  });

  it('does not let a withdrawn price word dismiss basic_needs in a dismissing clause', () => {
    expect(codeAnswer({ text: 'no problem with rent prices, food is the problem', lang: 'en' }).themes).toEqual(['basic_needs']);
  });

  it('refuses a qualifier its theme does not list', () => {
    const broken = { ...EN, qualifiers: [{ theme: 'basic_needs' as const, terms: ['pricey'], unlessWith: ['housing' as const] }] };
    expect(() => createCoder({ lexicons: [broken] })).toThrow(/pricey/);
  });
});
