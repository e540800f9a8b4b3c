import { mergeDecisions, type AppliedCode, type HumanDecision } from '../../analysis/coding';
import { TAXONOMY_VERSION, type ThemeCode } from '../../analysis/taxonomy';

export interface StoredCode {
  question: string;
  theme: string;
  source: 'machine' | 'human';
  coder: string;
  status: 'accepted' | 'suggested' | 'rejected';
  confidence: number;
  codedAt: string;
}

/**
 * A respondent's themes: those their closed answers name, and for each open answer the
 * machine's accepted codes merged with people's decisions (human codes always win, see
 * analysis/coding/review.ts).
 */
export function effectiveThemes(closedThemes: Iterable<string>, codes: readonly StoredCode[]): Map<string, { closed: boolean; open: boolean }> {
  const themes = new Map<string, { closed: boolean; open: boolean }>();
  const mark = (theme: string, via: 'closed' | 'open') => {
    const entry = themes.get(theme) ?? { closed: false, open: false };
    entry[via] = true;
    themes.set(theme, entry);
  };
  for (const theme of closedThemes) mark(theme, 'closed');
  const openByQuestion = new Map<string, StoredCode[]>();
  for (const code of codes) openByQuestion.set(code.question, [...(openByQuestion.get(code.question) ?? []), code]);
  for (const answerCodes of openByQuestion.values()) {
    const automatic: AppliedCode[] = answerCodes
      .filter((c) => c.source === 'machine' && c.status === 'accepted')
      .map((c) => ({ theme: c.theme as ThemeCode, source: 'machine', confidence: c.confidence, taxonomyVersion: TAXONOMY_VERSION }));
    const decisions: HumanDecision[] = answerCodes
      .filter((c) => c.source === 'human')
      .map((c) => ({ action: c.status === 'rejected' ? 'reject' : 'accept', theme: c.theme as ThemeCode, coder: c.coder, codedAt: c.codedAt }));
    for (const code of mergeDecisions(automatic, decisions, TAXONOMY_VERSION)) mark(code.theme, 'open');
  }
  return themes;
}
