/**
 * One needs assessment over three waves (2026, 2029, 2032), written twice: once with question
 * names that never change, once renamed between versions and linked. Both ask the same things:
 * v2 splits the services question in the renamed variant, v3 drops the newsletter question and
 * adds a childcare question in both. The same respondents answer either variant.
 */
type Variant = 'stable' | 'renamed';

const choice = (value: string, text: string, themes: string[] = []) => ({ value, text: { default: text, fr: text }, themes });
const title = (text: string) => ({ default: text, fr: text });

const NEEDS = [choice('find_job', 'Finding a job', ['employment']), choice('housing', 'Housing', ['housing']), choice('english', 'Learning English', ['language']), choice('transit', 'Getting around', ['transportation'])];
const LANGUAGE_SERVICES = [choice('language_class', 'Language classes', ['language'])];
const OTHER_SERVICES = [choice('employment_centre', 'Employment centre', ['employment']), choice('health_clinic', 'Health clinic', ['health'])];

const names = {
  stable: { needs: ['needs', 'needs', 'needs'], challenge: ['challenge', 'challenge', 'challenge'], newsletter: 'newsletter' },
  renamed: { needs: ['q1_needs', 'needs_top', 'needs_top'], challenge: ['q3_challenge', 'biggest_challenge', 'biggest_challenge'], newsletter: 'q4_newsletter' },
} as const;

export function waveSurvey(variant: Variant, version: 1 | 2 | 3) {
  const n = names[variant];
  const elements: Record<string, unknown>[] = [
    { type: 'checkbox', name: n.needs[version - 1]!, title: title('What do you need help with most?'), choices: NEEDS },
  ];
  if (variant === 'stable' || version === 1) {
    elements.push({ type: 'checkbox', name: variant === 'stable' ? 'services' : 'q2_services', title: title('Which services have you used?'), choices: [...LANGUAGE_SERVICES, ...OTHER_SERVICES] });
  } else {
    elements.push({ type: 'checkbox', name: 'services_language', title: title('Which language services have you used?'), choices: LANGUAGE_SERVICES });
    elements.push({ type: 'checkbox', name: 'services_other', title: title('Which other services have you used?'), choices: OTHER_SERVICES });
  }
  elements.push({ type: 'comment', name: n.challenge[version - 1]!, title: title('What is your biggest challenge?'), openEnded: true });
  if (version < 3) elements.push({ type: 'radiogroup', name: n.newsletter, title: title('Would you like our newsletter?'), choices: [choice('yes', 'Yes'), choice('no', 'No')] });
  if (version === 3) elements.push({ type: 'radiogroup', name: 'childcare', title: title('Do you need childcare to take part in classes?'), choices: [choice('yes', 'Yes', ['basic_needs']), choice('no', 'No')] });
  return { title: title('Needs over the years'), pages: [{ name: 'p1', elements }] };
}

/** What one respondent says, whichever variant they answer. */
export interface WaveAnswer {
  needs?: string[];
  services?: string[];
  challenge?: string;
  newsletter?: string;
  childcare?: string;
}

export function answersFor(variant: Variant, version: 1 | 2 | 3, answer: WaveAnswer): Record<string, unknown> {
  const n = names[variant];
  const out: Record<string, unknown> = {};
  if (answer.needs) out[n.needs[version - 1]!] = answer.needs;
  if (answer.services) {
    if (variant === 'stable') out.services = answer.services;
    else if (version === 1) out.q2_services = answer.services;
    else {
      const language = answer.services.filter((value) => value === 'language_class');
      const other = answer.services.filter((value) => value !== 'language_class');
      if (language.length) out.services_language = language;
      if (other.length) out.services_other = other;
    }
  }
  if (answer.challenge) out[n.challenge[version - 1]!] = answer.challenge;
  if (answer.newsletter && version < 3) out[n.newsletter] = answer.newsletter;
  if (answer.childcare && version === 3) out.childcare = answer.childcare;
  return out;
}

/** The links a researcher confirms for the renamed variant. */
export const RENAMED_LINKS = {
  2: [
    { question: 'needs_top', predecessor: 'q1_needs', kind: 'renamed' },
    { question: 'services_language', predecessor: 'q2_services', kind: 'split' },
    { question: 'services_other', predecessor: 'q2_services', kind: 'split' },
    { question: 'biggest_challenge', predecessor: 'q3_challenge', kind: 'renamed' },
    { question: 'q4_newsletter', predecessor: 'q4_newsletter', kind: 'kept' },
  ],
  3: [
    { question: 'needs_top', predecessor: 'needs_top', kind: 'kept' },
    { question: 'services_language', predecessor: 'services_language', kind: 'kept' },
    { question: 'services_other', predecessor: 'services_other', kind: 'kept' },
    { question: 'biggest_challenge', predecessor: 'biggest_challenge', kind: 'kept' },
    { question: 'childcare', predecessor: null, kind: 'new' },
    { question: null, predecessor: 'q4_newsletter', kind: 'dropped' },
  ],
} as const;
