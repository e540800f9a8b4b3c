import type { Kysely } from 'kysely';
import { alphaByTheme, kappaBand, kappaByTheme } from '../../analysis/agreement';
import { mergeDecisions, type AppliedCode, type HumanDecision } from '../../analysis/coding';
import { TAXONOMY_VERSION, THEME_CODES, type ThemeCode } from '../../analysis/taxonomy';
import type { Database } from '../db/schema';

type Row = { response_id: string; question: string; theme: string; source: string; coder: string; status: string; coded_at: string };

/**
 * Agreement on a consultation's doubly coded open answers: machine against the final human
 * codes on every reviewed answer, and between two people wherever two coded the same answer.
 */
export async function consultationAgreement(db: Kysely<Database>, consultationId: string) {
  const rows: Row[] = await db
    .selectFrom('answer_codes')
    .select(['response_id', 'question', 'theme', 'source', 'coder', 'status', 'coded_at'])
    .where('consultation_id', '=', consultationId)
    .execute();
  const answers = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.response_id}\u0000${row.question}`;
    answers.set(key, [...(answers.get(key) ?? []), row]);
  }
  const machine: string[][] = [];
  const human: string[][] = [];
  const pairs: [string[], string[]][] = [];
  for (const codes of answers.values()) {
    const automatic: AppliedCode[] = codes
      .filter((c) => c.source === 'machine' && c.status === 'accepted')
      .map((c) => ({ theme: c.theme as ThemeCode, source: 'machine', confidence: 1, taxonomyVersion: TAXONOMY_VERSION }));
    const decisions = codes.filter((c) => c.source === 'human');
    if (decisions.length === 0) continue;
    const asDecision = (c: Row): HumanDecision => ({ action: c.status === 'rejected' ? 'reject' : 'accept', theme: c.theme as ThemeCode, coder: c.coder, codedAt: c.coded_at });
    const themesOf = (ds: Row[]) => mergeDecisions(automatic, ds.map(asDecision), TAXONOMY_VERSION).map((c) => c.theme);
    machine.push(automatic.map((c) => c.theme));
    human.push(themesOf(decisions));
    const coders = [...new Set(decisions.map((d) => d.coder))].sort();
    if (coders.length >= 2) pairs.push([themesOf(decisions.filter((d) => d.coder === coders[0])), themesOf(decisions.filter((d) => d.coder === coders[1]))]);
  }
  const withBand = (results: ReturnType<typeof kappaByTheme>) => results.map((r) => ({ ...r, band: kappaBand(r.kappa) }));
  return {
    machineVsHuman: { answers: machine.length, kappa: withBand(kappaByTheme(machine, human, THEME_CODES)), alpha: alphaByTheme([machine, human], THEME_CODES) },
    humanVsHuman: {
      answers: pairs.length,
      kappa: withBand(kappaByTheme(pairs.map((p) => p[0]), pairs.map((p) => p[1]), THEME_CODES)),
      alpha: alphaByTheme([pairs.map((p) => p[0]), pairs.map((p) => p[1])], THEME_CODES),
    },
  };
}
