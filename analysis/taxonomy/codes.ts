/**
 * The shared theme codes, in the order reports list them. The 20 topic codes come from
 * /shared/TAXONOMY.md; `no_content` marks an empty or "nothing to add" answer.
 * Codes are stable identifiers: rename a label freely, never a code.
 */
export const THEME_CODES = [
  'employment',
  'credential_recognition',
  'housing',
  'health',
  'education',
  'language',
  'racism_discrimination',
  'public_attitudes',
  'social_inclusion',
  'civic_participation',
  'settlement_services',
  'transportation',
  'business_attraction_retention',
  'specific_populations',
  'safety_justice',
  'recreation_public_space',
  'religious_organizations',
  'media_representation',
  'institutional_capacity',
  'basic_needs',
  'no_content',
] as const;

export type ThemeCode = (typeof THEME_CODES)[number];

/** The codes that name a topic, i.e. every code but `no_content`. */
export const TOPIC_CODES = THEME_CODES.filter(
  (code): code is Exclude<ThemeCode, 'no_content'> => code !== 'no_content',
);

const codeSet: ReadonlySet<string> = new Set(THEME_CODES);

export function isThemeCode(value: unknown): value is ThemeCode {
  return typeof value === 'string' && codeSet.has(value);
}
