import type { Bilingual } from './flag-text';

/** What one wave asked and which questions each theme was counted from. */
export interface WaveQuestions {
  wave: string;
  /** Every question the wave's questionnaire versions asked, with its lineage (wave-lineage.ts). */
  asked: ReadonlyArray<{ question: string; lineage: string }>;
  /** Theme → the questions it was counted from in this wave. */
  counted: Readonly<Record<string, readonly string[]>>;
}

export interface ThemeWaveBasis {
  theme: string;
  /** Per wave, the questions the theme's figure rests on. */
  basis: Record<string, string[]>;
  /**
   * False when no question the theme is counted from was asked (under any linked name) in every
   * wave compared: a difference between waves then says what was asked, not what people need.
   */
  comparable: boolean;
  /** When not comparable and only some waves asked the theme's questions: those waves. */
  onlyInWaves: string[] | null;
  note: Bilingual | null;
}

/** Which questions each theme rests on in each wave, and which themes only some waves could count. */
export function waveBasis(waves: readonly WaveQuestions[], themes: readonly string[]): ThemeWaveBasis[] {
  const askedEverywhere = lineagesInEveryWave(waves);
  const lineageIn = waves.map((wave) => new Map(wave.asked.map(({ question, lineage }) => [question, lineage])));
  return themes.map((theme) => {
    const basis: Record<string, string[]> = {};
    const sources = new Set<string>();
    waves.forEach((wave, index) => {
      const questions = [...new Set(wave.counted[theme] ?? [])].sort();
      basis[wave.wave] = questions;
      for (const question of questions) sources.add(lineageIn[index]!.get(question) ?? `${wave.wave}:${question}`);
    });
    const comparable = sources.size === 0 || [...sources].some((lineage) => askedEverywhere.has(lineage));
    if (comparable) return { theme, basis, comparable, onlyInWaves: null, note: null };
    const askedIn = waves.filter((wave) => wave.asked.some(({ lineage }) => sources.has(lineage))).map((wave) => wave.wave);
    if (askedIn.length < waves.length) return { theme, basis, comparable, onlyInWaves: askedIn, note: onlyInNote(askedIn) };
    return { theme, basis, comparable, onlyInWaves: null, note: UNLINKED_NOTE };
  });
}

const UNLINKED_NOTE: Bilingual = {
  en: 'Counted from different questions in each wave (not linked as the same question); a difference may come from the questions, not from needs.',
  fr: 'Compté à partir de questions différentes à chaque vague (non reliées comme la même question) : un écart peut venir des questions, pas des besoins.',
};

/** Lineages every wave asked: a theme resting on one of them is counted the same way throughout. */
function lineagesInEveryWave(waves: readonly WaveQuestions[]): Set<string> {
  const [first, ...rest] = waves.map((wave) => new Set(wave.asked.map(({ lineage }) => lineage)));
  return new Set([...(first ?? [])].filter((lineage) => rest.every((asked) => asked.has(lineage))));
}

function onlyInNote(waves: readonly string[]): Bilingual {
  const list = (and: string) => (waves.length < 2 ? waves.join('') : `${waves.slice(0, -1).join(', ')} ${and} ${waves.at(-1)}`);
  return {
    en: `Asked only in ${list('and')}; not a change in needs.`,
    fr: `Question posée seulement en ${list('et')} : ce n’est pas un changement des besoins.`,
  };
}
