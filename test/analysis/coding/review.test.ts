import { describe, expect, it } from 'vitest';
import { createCoder, mergeDecisions, splitSuggestions, type AppliedCode, type HumanDecision } from '../../../analysis/coding';
import type { CodedAnswer } from '../../../analysis/coding';
import { THEME_CODES, type ThemeCode } from '../../../analysis/taxonomy';

const VERSION = '2026.1';

function coded(scores: Partial<Record<ThemeCode, number>>): CodedAnswer {
  const all = Object.fromEntries(THEME_CODES.map((code) => [code, scores[code] ?? 0])) as Record<ThemeCode, number>;
  return { themes: [], scores: all, taxonomyVersion: VERSION, method: 'lexicon' };
}

const machine = (theme: ThemeCode, confidence: number): AppliedCode => ({ theme, source: 'machine', confidence, taxonomyVersion: VERSION });
const decide = (action: HumanDecision['action'], theme: ThemeCode, codedAt: string, coder = 'coder-a'): HumanDecision => ({ action, theme, coder, codedAt });

describe('splitSuggestions', () => {
  it('accepts codes at or above the threshold and queues those between the floor and the threshold', () => {
    const split = splitSuggestions(coded({ housing: 0.8, employment: 0.5, health: 0.3, transportation: 0.1 }), { threshold: 0.5 });
    expect(split.accepted.map((code) => [code.theme, code.source])).toEqual([
      ['employment', 'machine'],
      ['housing', 'machine'],
    ]);
    expect(split.review).toEqual([{ theme: 'health', confidence: 0.3 }]);
    expect(split.needsReview).toBe(true);
  });

  it('needs no review when everything is confidently coded', () => {
    const split = splitSuggestions(coded({ housing: 0.9 }), { threshold: 0.5 });
    expect(split.needsReview).toBe(false);
  });

  it('sends content the coder could not code to a person', () => {
    const split = splitSuggestions(createCoder()({ text: 'the weather', lang: 'en' }), { threshold: 0.5 });
    expect(split.accepted).toEqual([]);
    expect(split.needsReview).toBe(true);
  });
});

describe('mergeDecisions', () => {
  it('turns an accepted machine code into a human code with the coder and time', () => {
    const merged = mergeDecisions([machine('housing', 0.6)], [decide('accept', 'housing', '2026-03-01T10:00:00Z')], VERSION);
    expect(merged).toEqual([
      { theme: 'housing', source: 'human', confidence: 1, taxonomyVersion: VERSION, coder: 'coder-a', codedAt: '2026-03-01T10:00:00Z' },
    ]);
  });

  it('removes a rejected code even when the machine suggests it again', () => {
    const decisions = [decide('reject', 'housing', '2026-03-01T10:00:00Z')];
    expect(mergeDecisions([machine('housing', 0.6), machine('employment', 0.7)], decisions, VERSION).map((code) => code.theme)).toEqual(['employment']);
    // a re-run with a new lexicon is more confident, the person still wins
    expect(mergeDecisions([machine('housing', 0.95)], decisions, VERSION)).toEqual([]);
  });

  it('adds codes the machine missed', () => {
    const merged = mergeDecisions([machine('housing', 0.6)], [decide('add', 'basic_needs', '2026-03-01T10:00:00Z', 'coder-b')], VERSION);
    expect(merged.map((code) => [code.theme, code.source, code.coder])).toEqual([
      ['housing', 'machine', undefined],
      ['basic_needs', 'human', 'coder-b'],
    ]);
  });

  it('lets the latest decision on a theme count, whatever order they arrive in', () => {
    const decisions = [decide('add', 'health', '2026-03-02T09:00:00Z'), decide('reject', 'health', '2026-03-01T09:00:00Z')];
    expect(mergeDecisions([], decisions, VERSION).map((code) => code.theme)).toEqual(['health']);
  });

  it('overrides closed codes too', () => {
    const closed: AppliedCode = { theme: 'transportation', source: 'closed', confidence: 1, taxonomyVersion: VERSION };
    expect(mergeDecisions([closed], [decide('reject', 'transportation', '2026-03-01T10:00:00Z')], VERSION)).toEqual([]);
  });

  it('drops the machine no_content once a person adds a topic', () => {
    const merged = mergeDecisions([machine('no_content', 1)], [decide('add', 'housing', '2026-03-01T10:00:00Z')], VERSION);
    expect(merged.map((code) => code.theme)).toEqual(['housing']);
  });
});
