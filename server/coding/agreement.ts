import type { Kysely } from 'kysely';
import { alphaByTheme, kappaBand, kappaByTheme } from '../../analysis/agreement';
import { THEME_CODES } from '../../analysis/taxonomy';
import type { Database } from '../db/schema';
import { groupBy } from '../lib/group-by';
import { machineCodes, openAnswerThemes, rowToStoredCode } from './effective-themes';

/**
 * Agreement on a consultation's doubly coded open answers: machine against the final human
 * codes on every reviewed answer, and between two people wherever two coded the same answer.
 */
export async function consultationAgreement(db: Kysely<Database>, consultationId: string) {
  const rows = await db
    .selectFrom('answer_codes')
    .select(['response_id', 'question', 'theme', 'source', 'coder', 'status', 'confidence', 'coded_at'])
    .where('consultation_id', '=', consultationId)
    .execute();
  const answers = groupBy(rows, (row) => `${row.response_id}\u0000${row.question}`);
  const machine: string[][] = [];
  const human: string[][] = [];
  const pairs: [string[], string[]][] = [];
  for (const answerRows of answers.values()) {
    const codes = answerRows.map(rowToStoredCode);
    const decisions = codes.filter((c) => c.source === 'human');
    if (decisions.length === 0) continue;
    machine.push(machineCodes(codes).map((c) => c.theme));
    human.push(openAnswerThemes(codes));
    const coders = [...new Set(decisions.map((d) => d.coder))].sort();
    if (coders.length >= 2) {
      const byCoder = (coder: string) => openAnswerThemes(codes, decisions.filter((d) => d.coder === coder));
      pairs.push([byCoder(coders[0]!), byCoder(coders[1]!)]);
    }
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
