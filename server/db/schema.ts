import type { Generated } from 'kysely';

/**
 * Table interfaces. Ids are text UUIDs and timestamps ISO text, JSON documents are text:
 * the same migration and the same queries then run on SQLite and PostgreSQL.
 */
export interface Database {
  partnerships: PartnershipTable;
  partnership_members: PartnershipMemberTable;
  api_tokens: ApiTokenTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  sign_in_throttle: SignInThrottleTable;
  questionnaires: QuestionnaireTable;
  questionnaire_versions: QuestionnaireVersionTable;
  consultations: ConsultationTable;
  consultation_links: ConsultationLinkTable;
  responses: ResponseTable;
  answer_codes: AnswerCodeTable;
  answer_reviews: AnswerReviewTable;
  response_themes: ResponseThemeTable;
  theme_counts: ThemeCountTable;
  respondent_counts: RespondentCountTable;
  response_counts: ResponseCountTable;
  question_links: QuestionLinkTable;
}

export interface PartnershipTable {
  id: string;
  name: string;
  communities: string; // JSON string[]
  created_at: string;
}

export interface PartnershipMemberTable {
  id: string;
  partnership_id: string;
  organization: string;
  sector: string;
  created_at: string;
}

export interface ApiTokenTable {
  id: string;
  token_hash: string;
  role: 'admin' | 'researcher' | 'viewer';
  partnership_id: string | null;
  label: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_on: string | null; // a date only
  created_by: string | null; // the user who issued it, when one did
}

export interface UserTable {
  id: string;
  email: string; // lower-cased
  name: string;
  password_hash: string; // scrypt$N$r$p$salt$hash: the parameters travel with the hash
  locale: 'en' | 'fr';
  is_admin: number; // 0 | 1
  created_at: string;
  last_sign_in_at: string | null; // written at each sign-in, never per request
}

export interface UserRoleTable {
  user_id: string;
  partnership_id: string;
  role: 'admin' | 'researcher' | 'viewer';
  created_at: string;
}

export interface SessionTable {
  id_hash: string; // SHA-256 of the cookie value
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string; // absolute end, whatever the activity
}

export interface InvitationTable {
  id: string;
  token_hash: string;
  partnership_id: string;
  email: string;
  role: 'admin' | 'researcher' | 'viewer';
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

export interface PasswordResetTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SignInThrottleTable {
  key: string; // SHA-256 of the lower-cased email
  failures: number;
  window_started_at: string;
  blocked_until: string | null;
}

export interface QuestionnaireTable {
  id: string;
  key: string;
  title: string;
  partnership_id: string | null; // null: shared with every partnership
  created_at: string;
}

export interface QuestionnaireVersionTable {
  id: string;
  questionnaire_id: string;
  version: number;
  status: 'draft' | 'published';
  survey_json: string;
  content_hash: string | null;
  created_at: string;
  published_at: string | null;
}

export interface ConsultationTable {
  id: string;
  partnership_id: string;
  questionnaire_version_id: string;
  title: string;
  audience: 'newcomers' | 'providers';
  wave: string;
  communities: string; // JSON string[]
  locales: string; // JSON string[]
  status: 'draft' | 'open' | 'paused' | 'closed';
  kiosk: string; // JSON KioskSettings
  created_at: string;
  opened_at: string | null;
  closed_at: string | null;
}

export interface ConsultationLinkTable {
  slug: string;
  consultation_id: string;
  community: string | null;
}

export interface ResponseTable {
  id: string;
  consultation_id: string;
  questionnaire_version_id: string;
  community: string;
  locale: string;
  channel: 'kiosk' | 'phone' | 'web';
  answers: string; // JSON keyed by question name
  content_hash: string;
  received_on: string; // a date only: a precise time could match a respondent to a kiosk's camera log
  seq: Generated<number>;
  coded_at: string | null;
  coded_with: string | null;
}

export interface AnswerCodeTable {
  response_id: string;
  consultation_id: string;
  question: string;
  theme: string;
  source: 'machine' | 'human';
  coder: string;
  status: 'accepted' | 'suggested' | 'rejected';
  confidence: number;
  taxonomy_version: string;
  coded_at: string;
}

export interface AnswerReviewTable {
  response_id: string;
  consultation_id: string;
  question: string;
  status: 'pending' | 'reviewed';
  reviewer: string | null;
  reviewed_at: string | null;
}

export interface ResponseThemeTable {
  response_id: string;
  consultation_id: string;
  community: string;
  locale: string;
  theme: string;
  closed: number;
  open: number;
}

export interface ThemeCountTable {
  consultation_id: string;
  community: string;
  locale: string;
  theme: string;
  n_any: number;
  n_closed: number;
  n_open: number;
}

export interface RespondentCountTable {
  consultation_id: string;
  community: string;
  locale: string;
  n: number;
}

/** Responses received per consultation, community, language, channel and day (see migration 004). */
export interface ResponseCountTable {
  consultation_id: string;
  community: string;
  locale: string;
  channel: 'kiosk' | 'phone' | 'web';
  received_on: string;
  n: number;
}

export interface QuestionLinkTable {
  version_id: string;
  position: number;
  question: string | null; // null: dropped
  predecessor: string | null; // null: new
  kind: string; // a LinkKind (server/questionnaires/question-links.ts)
  origin: 'proposed' | 'researcher';
  created_at: string;
}
