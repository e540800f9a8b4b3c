import { mergeDecisions, type AppliedCode, type HumanDecision } from '../../analysis/coding';
import { TAXONOMY_VERSION, type ThemeCode } from '../../analysis/taxonomy';
import type { AnswerCodeTable } from '../db/schema';
import { groupBy } from '../lib/group-by';

export interface StoredCode {
  question: string;
  theme: string;
  source: 'machine' | 'human';
  coder: string;
  status: 'accepted' | 'suggested' | 'rejected';
  confidence: number;
  codedAt: string;
}

type CodeRow = Pick<AnswerCodeTable, 'question' | 'theme' | 'source' | 'coder' | 'status' | 'confidence' | 'coded_at'>;

export function rowToStoredCode(row: CodeRow): StoredCode {
  return {
    question: row.question,
    theme: row.theme,
    source: row.source,
    coder: row.coder,
    status: row.status,
    confidence: Number(row.confidence),
    codedAt: row.coded_at,
  };
}

/** One answer's machine codes, as the automatic side of a merge. */
export function machineCodes(answerCodes: readonly StoredCode[]): AppliedCode[] {
  return answerCodes
    .filter((c) => c.source === 'machine' && c.status === 'accepted')
    .map((c) => ({ theme: c.theme as ThemeCode, source: 'machine', confidence: c.confidence, taxonomyVersion: TAXONOMY_VERSION }));
}

/**
 * One open answer's themes: the machine's accepted codes merged with people's decisions (human
 * codes always win, see analysis/coding/review.ts). `decisions` defaults to every person's.
 */
export function openAnswerThemes(answerCodes: readonly StoredCode[], decisions = answerCodes.filter((c) => c.source === 'human')): string[] {
  const human: HumanDecision[] = decisions.map((c) => ({
    action: c.status === 'rejected' ? 'reject' : 'accept',
    theme: c.theme as ThemeCode,
    coder: c.coder,
    codedAt: c.codedAt,
  }));
  return mergeDecisions(machineCodes(answerCodes), human, TAXONOMY_VERSION).map((code) => code.theme);
}

/** A respondent's themes: those their closed answers name, and those of each open answer. */
export function effectiveThemes(closedThemes: Iterable<string>, codes: readonly StoredCode[]): Map<string, { closed: boolean; open: boolean }> {
  const themes = new Map<string, { closed: boolean; open: boolean }>();
  const mark = (theme: string, via: 'closed' | 'open') => {
    const entry = themes.get(theme) ?? { closed: false, open: false };
    entry[via] = true;
    themes.set(theme, entry);
  };
  for (const theme of closedThemes) mark(theme, 'closed');
  for (const answerCodes of groupBy(codes, (c) => c.question).values()) {
    for (const theme of openAnswerThemes(answerCodes)) mark(theme, 'open');
  }
  return themes;
}
