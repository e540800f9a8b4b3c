/** Shapes of the existing admin API, as the workspace reads them. */
export type ConsultationStatus = 'draft' | 'open' | 'paused' | 'closed';

export type ConsultationLink = { slug: string; community: string | null; url: string; kiosk: string; poster: string };

export type Consultation = {
  id: string;
  partnershipId: string;
  questionnaireVersionId: string;
  title: string;
  audience: 'newcomers' | 'providers';
  wave: string;
  communities: string[];
  locales: string[];
  status: ConsultationStatus;
  kiosk: { idleTimeoutSeconds: number; countdownSeconds: number; exitPin: unknown };
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  slug?: string;
  links: ConsultationLink[];
  responses: number;
};

export type Count = { key: string; n: number };
export type Progress = {
  total: number;
  byCommunity: Count[];
  byLocale: Count[];
  byChannel: Count[];
  byDay: Count[];
  reviewPending: number;
};

export type Member = { id: string; organization: string; sector: string };
export type Partnership = { id: string; name: string; communities: string[]; members: Member[]; createdAt: string };

export type Questionnaire = { id: string; key: string; title: string; partnershipId: string | null; createdAt: string };
export type VersionSummary = {
  id: string;
  questionnaireId: string;
  version: number;
  status: 'draft' | 'published';
  contentHash: string | null;
  createdAt: string;
  publishedAt: string | null;
};
export type Version = VersionSummary & { survey: Record<string, unknown> };
