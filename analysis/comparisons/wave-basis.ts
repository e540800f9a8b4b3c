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
   * Set when the questions the theme is counted from were asked in only some of the waves
   * compared: a difference between waves then says what was asked, not what people need.
   */
  onlyInWaves: string[] | null;
  note: Bilingual | null;
}

/** Which questions each theme rests on in each wave, and which themes only some waves could count. */
export function waveBasis(waves: readonly WaveQuestions[], themes: readonly string[]): ThemeWaveBasis[] {
  const lineageIn = waves.map((wave) => new Map(wave.asked.map(({ question, lineage }) => [question, lineage])));
  return themes.map((theme) => {
    const basis: Record<string, string[]> = {};
    const sources = new Set<string>();
    waves.forEach((wave, index) => {
      const questions = [...new Set(wave.counted[theme] ?? [])].sort();
      basis[wave.wave] = questions;
      for (const question of questions) sources.add(lineageIn[index]!.get(question) ?? `${wave.wave}:${question}`);
    });
    const askedIn = waves.filter((wave) => wave.asked.some(({ lineage }) => sources.has(lineage))).map((wave) => wave.wave);
    const partial = sources.size > 0 && askedIn.length < waves.length;
    return { theme, basis, onlyInWaves: partial ? askedIn : null, note: partial ? onlyInNote(askedIn) : null };
  });
}

function onlyInNote(waves: readonly string[]): Bilingual {
  const list = (and: string) => (waves.length < 2 ? waves.join('') : `${waves.slice(0, -1).join(', ')} ${and} ${waves.at(-1)}`);
  return {
    en: `Asked only in ${list('and')}; not a change in needs.`,
    fr: `Question posée seulement en ${list('et')} : ce n’est pas un changement des besoins.`,
  };
}
