/** The analysis API's answers, as the screens read them (see server/insights and server/coding). */
export type Interval = { lower: number; upper: number };

export type ThemeFrequency = { theme: string; n: number | null; share: number | null; interval: Interval | null; rank: number | null; suppressed: boolean };

export type SummaryResponse = {
  consultations: number;
  source: string;
  suppressed: boolean;
  minimum: number;
  summary: { respondents: number | null; confidence: number; themes: ThemeFrequency[] };
};

export type Bilingual = { en: string; fr: string };

export type GroupResult = {
  group: string;
  respondents: number | null;
  n: number | null;
  share: number | null;
  interval: Interval | null;
  significant: boolean;
  tested: boolean;
  direction: 'higher' | 'lower' | null;
};

export type CompareTheme = {
  theme: string;
  overall: { respondents: number | null; n: number | null; share: number | null };
  groups: GroupResult[];
  /** Waves only (docs/waves.md): per wave, the questions the theme's figure rests on. */
  basis?: Record<string, string[]>;
  comparable?: boolean;
  onlyInWaves?: string[] | null;
  /** In the language asked for (`lang=`). */
  note?: Partial<Bilingual> | null;
};

export type CompareResponse = {
  by: 'community' | 'wave';
  suppressed: boolean;
  comparison: {
    respondents: number | null;
    groups: { group: string; respondents: number | null }[];
    themes: CompareTheme[];
    /** `text` holds only the language asked for (`lang=`). */
    flags: { kind: 'vs-overall' | 'pairwise'; theme: string; group: string; otherGroup: string | null; direction: 'higher' | 'lower'; text: Partial<Bilingual> }[];
  };
};

export type GapRow = {
  theme: string;
  newcomers: { n: number | null; share: number | null };
  providers: { n: number | null; share: number | null };
  difference: number | null;
  diverges: boolean;
  text: Bilingual | null;
};

export type GapResponse = {
  suppressed: boolean;
  gaps: { community: string; newcomerRespondents: number | null; providerRespondents: number | null; rows: GapRow[] }[];
};

export type ReviewDecision = { reviewer: string; name: string; mine: boolean; theme: string; action: 'accept' | 'reject' };
export type ReviewItem = {
  responseId: string;
  question: string;
  locale: string;
  community: string;
  text: string;
  accepted: { theme: string; confidence: number }[];
  suggestions: { theme: string; confidence: number }[];
  decisions: ReviewDecision[];
};
export type ReviewQueue = { items: ReviewItem[]; pending: number; secondPending: number };

export type KappaResult = { theme: string; kappa: number | null; band?: string | null };
export type AgreementSide = { answers: number; kappa: KappaResult[]; alpha: { theme: string; alpha: number | null }[] };
export type AgreementResponse = { machineVsHuman: AgreementSide; humanVsHuman: AgreementSide };
