import { describe, expect, it } from 'vitest';
import { questionLineages, versionKey, waveBasis, type LinkedVersion, type WaveQuestions } from '../../../analysis/comparisons';

const versions: LinkedVersion[] = [
  { questionnaireId: 'q', version: 1, questions: ['q1', 'q2', 'q4'], links: [] },
  {
    questionnaireId: 'q',
    version: 2,
    questions: ['needs', 'lang', 'other', 'q4'],
    links: [
      { question: 'needs', predecessor: 'q1', kind: 'renamed' },
      { question: 'lang', predecessor: 'q2', kind: 'split' },
      { question: 'other', predecessor: 'q2', kind: 'split' },
      { question: 'q4', predecessor: 'q4', kind: 'kept' },
    ],
  },
  {
    questionnaireId: 'q',
    version: 3,
    questions: ['needs', 'lang', 'other', 'kids'],
    links: [
      { question: 'needs', predecessor: 'needs', kind: 'kept' },
      { question: 'lang', predecessor: 'lang', kind: 'kept' },
      { question: 'other', predecessor: 'other', kind: 'kept' },
      { question: 'kids', predecessor: null, kind: 'new' },
      { question: null, predecessor: 'q4', kind: 'dropped' },
    ],
  },
];

describe('question lineages', () => {
  const lineages = questionLineages(versions);
  const of = (version: number, question: string) => lineages.get(versionKey('q', version))!.get(question);

  it('follows renames and splits back to the first version', () => {
    expect(of(3, 'needs')).toBe(of(1, 'q1'));
    expect(of(3, 'lang')).toBe(of(1, 'q2'));
    expect(of(2, 'other')).toBe(of(1, 'q2'));
    expect(of(2, 'q4')).toBe(of(1, 'q4'));
  });

  it('starts a new lineage for a new question, and for a question whose link names nothing before', () => {
    expect(new Set([of(3, 'kids'), of(1, 'q1'), of(1, 'q2'), of(1, 'q4')]).size).toBe(4);
    const orphan = questionLineages([{ questionnaireId: 'q', version: 2, questions: ['a'], links: [{ question: 'a', predecessor: 'a', kind: 'kept' }] }]);
    expect(orphan.get(versionKey('q', 2))!.get('a')).toBe('q#2:a');
  });
});

describe('wave basis', () => {
  const lineages = questionLineages(versions);
  const asked = (version: number) => [...lineages.get(versionKey('q', version))!].map(([question, lineage]) => ({ question, lineage }));
  const waves: WaveQuestions[] = [
    { wave: '2026', asked: asked(1), counted: { employment: ['q1', 'q2'], language: ['q2'] } },
    { wave: '2029', asked: asked(2), counted: { employment: ['needs', 'other'], language: ['lang'] } },
    { wave: '2032', asked: asked(3), counted: { employment: ['other', 'needs'], basic_needs: ['kids'] } },
  ];

  it('says which questions each theme rests on in each wave', () => {
    const [employment] = waveBasis(waves, ['employment']);
    expect(employment).toEqual({ theme: 'employment', basis: { '2026': ['q1', 'q2'], '2029': ['needs', 'other'], '2032': ['needs', 'other'] }, comparable: true, onlyInWaves: null, note: null });
  });

  it('marks a theme counted from a question only one wave asked, in plain language', () => {
    const [basicNeeds] = waveBasis(waves, ['basic_needs']);
    expect(basicNeeds!.comparable).toBe(false);
    expect(basicNeeds!.onlyInWaves).toEqual(['2032']);
    expect(basicNeeds!.note!.en).toBe('Asked only in 2032; not a change in needs.');
  });

  it('does not mark a theme whose question every wave asked, even when one wave counted nobody', () => {
    const [language] = waveBasis(waves, ['language']);
    expect(language!.basis['2032']).toEqual([]);
    expect(language!.onlyInWaves).toBeNull();
  });

  it('names every wave that asked when more than one did', () => {
    const twoWaves = [waves[0]!, waves[1]!, { wave: '2032', asked: asked(3), counted: {} }];
    const [newsletter] = waveBasis(twoWaves.map((w, i) => (i < 2 ? { ...w, counted: { civic_participation: ['q4'] } } : w)), ['civic_participation']);
    expect(newsletter!.onlyInWaves).toEqual(['2026', '2029']);
    expect(newsletter!.note!.en).toBe('Asked only in 2026 and 2029; not a change in needs.');
  });

  it('marks a theme counted from questions each wave asked under names not linked to the others', () => {
    const unlinked = questionLineages(versions.map((version) => ({ ...version, links: [] })));
    const own = (version: number) => [...unlinked.get(versionKey('q', version))!].map(([question, lineage]) => ({ question, lineage }));
    const [employment] = waveBasis(waves.map((wave, index) => ({ ...wave, asked: own(index + 1) })), ['employment']);
    expect(employment).toMatchObject({ comparable: false, onlyInWaves: null });
    expect(employment!.note!.en).toMatch(/^Counted from different questions in each wave/);
  });

  it('leaves themes no question counted unmarked', () => {
    expect(waveBasis(waves, ['housing'])[0]).toMatchObject({ basis: { '2026': [], '2029': [], '2032': [] }, comparable: true, onlyInWaves: null });
  });
});
