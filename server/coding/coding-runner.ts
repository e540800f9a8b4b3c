import type { Kysely } from 'kysely';
import { codeClosedAnswers, coderFingerprint, createCoder, splitSuggestions, type ClassifierModel, type CodedAnswer, type CoderConfig } from '../../analysis/coding';
import { TAXONOMY_VERSION } from '../../analysis/taxonomy';
import type { Database } from '../db/schema';
import { parseJsonColumn } from '../lib/json-column';
import type { AnswerCodeTable } from '../db/schema';
import { effectiveThemes, type StoredCode } from './effective-themes';
import { codingPlan } from './coding-plan';
import { partnershipClassifier } from './classifier-cache';
import type { RespondentThemes } from './theme-counts.repository';
import { keptCodes, staleFingerprints } from './stale-codes';
import { storeCoded, type CodedResponse, type CodingClaim, type StoreCoded } from './coded-store';

export interface CodingOptions {
  now: string;
  batchSize?: number;
  consultationId?: string;
  threshold?: number;
  /** Lexicons and model; the shipped ones by default. Responses coded by another coder are re-coded. */
  coder?: CoderConfig;
  /**
   * Responses written per transaction (default: the whole batch). On SQLite a transaction holds
   * the one write lock that intake's commits wait for, so the coding thread writes a large batch
   * in short transactions: the batch's reads and coding stay shared, the lock is held briefly.
   */
  commitEvery?: number;
  /**
   * Where each transaction's worth of coded responses is written: this connection by default.
   * The coding thread on SQLite hands them to the intake writer thread instead (coding-thread.ts).
   */
  store?: StoreCoded;
}

type Coder = (input: { text: string; lang?: string }) => CodedAnswer;

/**
 * Codes one batch of responses not coded yet: closed answers from their choices' themes, open
 * answers with the partnership's coder (lexicons, plus a classifier trained on its reviewers'
 * work once there is enough). Confident codes are applied; doubtful answers join the review
 * queue. Once none is left, re-codes responses a different coder coded (people's codes and
 * reviewed answers untouched). Returns how many responses it coded; 0 means the work list is empty.
 */
export async function codeNextBatch(db: Kysely<Database>, options: CodingOptions): Promise<number> {
  const fingerprint = coderFingerprint(options.coder);
  const select = (stale: string[] | null) => {
    let query = db
      .selectFrom('responses as r')
      .innerJoin('consultations as c', 'c.id', 'r.consultation_id')
      .select(['r.id', 'r.consultation_id', 'r.community', 'r.locale', 'r.answers', 'c.partnership_id', 'r.questionnaire_version_id as version_id'])
      .orderBy('r.seq')
      .limit(options.batchSize ?? 500);
    if (options.consultationId) query = query.where('r.consultation_id', '=', options.consultationId);
    // New responses first (responses_uncoded index), then those a different coder coded (responses_coded_with).
    return (stale ? query.where('r.coded_with', 'in', stale) : query.where('r.coded_at', 'is', null)).execute();
  };
  let pending = await select(null);
  const stale = pending.length === 0 ? await staleFingerprints(db, fingerprint) : [];
  if (stale.length > 0) pending = await select(stale);
  if (pending.length === 0) return 0;
  const recoding = stale.length > 0;
  const kept = recoding ? await keptCodes(db, pending.map((r) => r.id)) : undefined;

  const coders = new Map<string, Coder>();
  const coded: CodedResponse[] = [];
  // Without an explicit threshold each theme is applied at its fitted acceptance point.
  const threshold = options.threshold;

  for (const response of pending) {
    const version = await codingPlan(db, response.version_id);
    let coder = coders.get(response.partnership_id);
    if (!coder) coders.set(response.partnership_id, (coder = await coderFor(db, response.partnership_id, threshold, options.coder)));
    const answers = parseJsonColumn<Record<string, unknown>>(response.answers);
    const codes: StoredCode[] = [];
    const previous = kept?.get(response.id);
    const base = { response_id: response.id, consultation_id: response.consultation_id, taxonomy_version: TAXONOMY_VERSION, coded_at: options.now };
    const reviewRows: CodedResponse['reviewRows'] = [];

    // Closed codes are not stored per answer: they follow from the answers and the frozen
    // questionnaire at any time, and storing them would multiply the rows written per response.
    const closed = codeClosedAnswers(version.survey, answers, TAXONOMY_VERSION).codes.map((code) => code.theme);
    for (const { key, text } of version.open.read(answers)) {
      if (previous?.reviewed.has(key)) continue;
      const split = splitSuggestions(coder({ text, lang: response.locale }), threshold === undefined ? {} : { threshold });
      for (const code of split.accepted) codes.push({ question: key, theme: code.theme, source: 'machine', coder: '', status: 'accepted', confidence: code.confidence, codedAt: options.now });
      for (const suggestion of split.review) codes.push({ question: key, theme: suggestion.theme, source: 'machine', coder: '', status: 'suggested', confidence: suggestion.confidence, codedAt: options.now });
      if (split.needsReview) reviewRows.push({ response_id: response.id, consultation_id: response.consultation_id, question: key, status: 'pending' });
    }
    const codeRows = codes.map((code): AnswerCodeTable => ({ ...base, question: code.question, theme: code.theme, source: code.source, coder: code.coder, status: code.status as AnswerCodeTable['status'], confidence: code.confidence }));
    const respondent: RespondentThemes = {
      responseId: response.id,
      consultationId: response.consultation_id,
      community: response.community,
      locale: response.locale,
      themes: effectiveThemes(closed, previous ? [...codes, ...previous.codes] : codes),
      firstTime: !recoding,
    };
    coded.push({ id: response.id, codeRows, reviewRows, respondent });
  }

  const commitEvery = options.commitEvery ?? coded.length;
  const store = options.store ?? ((batch: CodedResponse[], claim: CodingClaim) => storeCoded(db, batch, claim));
  for (let i = 0; i < coded.length; i += commitEvery) {
    await store(coded.slice(i, i + commitEvery), { now: options.now, fingerprint, ...(recoding && { stale }) });
  }
  return pending.length;
}

const builtCoders = new Map<string, { classifier: ClassifierModel | undefined; threshold: number | undefined; config: CoderConfig | undefined; coder: Coder }>();

/**
 * The partnership's coder, rebuilt only when its classifier is retrained: compiling the
 * lexicons takes tens of milliseconds, which every batch would otherwise hold the event loop for.
 */
async function coderFor(db: Kysely<Database>, partnershipId: string, threshold: number | undefined, config: CoderConfig | undefined): Promise<Coder> {
  const classifier = await partnershipClassifier(db, partnershipId);
  const built = builtCoders.get(partnershipId);
  if (built && built.classifier === classifier && built.threshold === threshold && built.config === config) return built.coder;
  const coder = createCoder({ ...config, ...(threshold === undefined ? {} : { threshold }), ...(classifier && { classifier }) });
  builtCoders.set(partnershipId, { classifier, threshold, config, coder });
  return coder;
}

/** Codes until nothing is left (for one consultation, or all). */
export async function codeAllPending(db: Kysely<Database>, options: CodingOptions): Promise<number> {
  let total = 0;
  for (;;) {
    const coded = await codeNextBatch(db, options);
    if (coded === 0) return total;
    total += coded;
  }
}
