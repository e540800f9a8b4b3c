import type { ThemeCode } from '../taxonomy';

export type CodeSource = 'closed' | 'machine' | 'human';

/** A theme applied to an answer, with where it came from, so reports can say how it was coded. */
export type AppliedCode = {
  theme: ThemeCode;
  source: CodeSource;
  /** 1 for closed and human codes; the coder's confidence for machine codes. */
  confidence: number;
  taxonomyVersion: string;
  coder?: string;
  /** ISO 8601 timestamp, passed in by the caller. */
  codedAt?: string;
};
