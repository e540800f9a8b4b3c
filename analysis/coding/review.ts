import { isThemeCode, type ThemeCode } from '../taxonomy';
import type { AppliedCode } from './applied-code';
import type { CodedAnswer } from './coder';

export type Suggestion = { theme: ThemeCode; confidence: number };

export type ReviewSplit = {
  /** Codes at or above the threshold, applied as machine codes. */
  accepted: AppliedCode[];
  /** Codes between the review floor and the threshold, for a person to accept or reject. */
  review: Suggestion[];
  /** True when a person should look: something to review, or content the coder could not code. */
  needsReview: boolean;
};

/** Without a threshold, the coder's own decisions (each theme's fitted acceptance point) are accepted. */
export type ReviewOptions = { threshold?: number; reviewFloor?: number };

// Confidences are calibrated probabilities whose acceptance points lie between 0.2 and 0.4
// (fitted on the corpus): below one chance in eight a suggestion is not worth a person's look.
export const DEFAULT_REVIEW_FLOOR = 0.12;

export function splitSuggestions(coded: CodedAnswer, options: ReviewOptions): ReviewSplit {
  const floor = options.reviewFloor ?? DEFAULT_REVIEW_FLOOR;
  const accepted: AppliedCode[] = [];
  const review: Suggestion[] = [];
  const applied = new Set<ThemeCode>(coded.themes);
  for (const [theme, confidence] of Object.entries(coded.scores) as [ThemeCode, number][]) {
    if (options.threshold === undefined ? applied.has(theme) : confidence >= options.threshold) {
      accepted.push({ theme, source: 'machine', confidence, taxonomyVersion: coded.taxonomyVersion });
    } else if (confidence >= floor && theme !== 'no_content') {
      review.push({ theme, confidence });
    }
  }
  review.sort((a, b) => b.confidence - a.confidence);
  return { accepted, review, needsReview: review.length > 0 || accepted.length === 0 };
}

export type HumanDecision = {
  action: 'accept' | 'reject' | 'add';
  theme: ThemeCode;
  coder: string;
  /** ISO 8601 timestamp, passed in by the caller. */
  codedAt: string;
};

/**
 * Merges a person's decisions into the automatic codes (machine and closed). Human codes
 * always win: a rejected theme is gone even if the machine suggests it again on a re-run, an
 * accepted or added one is kept as a human code. For one theme the latest decision counts.
 * Decisions are kept apart from the codes, so re-running the coder (new lexicon, new model)
 * and merging again never undoes a person's work.
 */
export function mergeDecisions(
  automatic: readonly AppliedCode[],
  decisions: readonly HumanDecision[],
  taxonomyVersion: string,
): AppliedCode[] {
  const latest = new Map<ThemeCode, HumanDecision>();
  const ordered = decisions
    .filter((decision) => isThemeCode(decision.theme))
    .map((decision, index) => ({ decision, index }))
    .sort((a, b) => a.decision.codedAt.localeCompare(b.decision.codedAt) || a.index - b.index);
  for (const { decision } of ordered) latest.set(decision.theme, decision);

  const merged: AppliedCode[] = [];
  const placed = new Set<ThemeCode>();
  for (const code of automatic) {
    if (placed.has(code.theme)) continue;
    const decision = latest.get(code.theme);
    if (decision?.action === 'reject') continue;
    placed.add(code.theme);
    merged.push(decision ? humanCode(decision, taxonomyVersion) : code);
  }
  for (const decision of latest.values()) {
    if (decision.action === 'reject' || placed.has(decision.theme)) continue;
    placed.add(decision.theme);
    merged.push(humanCode(decision, taxonomyVersion));
  }
  // An answer a person coded with a topic is not empty, whatever the machine thought.
  const hasTopic = merged.some((code) => code.theme !== 'no_content');
  const humanNoContent = latest.get('no_content')?.action;
  return merged.filter(
    (code) => !(code.theme === 'no_content' && hasTopic && code.source !== 'human' && humanNoContent !== 'accept'),
  );
}

function humanCode(decision: HumanDecision, taxonomyVersion: string): AppliedCode {
  return {
    theme: decision.theme,
    source: 'human',
    confidence: 1,
    taxonomyVersion,
    coder: decision.coder,
    codedAt: decision.codedAt,
  };
}
