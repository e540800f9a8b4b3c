import { demoTexts, type DemoQuestion } from './demo-texts';

/** mulberry32: a tiny seeded PRNG, so the demo data is the same on every fresh install. */
export class DemoRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Picks by weight: { a: 3, b: 1 } gives a three times as often as b. */
  weighted<T extends string>(weights: Partial<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    let left = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of entries) if ((left -= weight) < 0) return value;
    return entries[entries.length - 1]![0];
  }
  /** Each item kept with its own probability, at least `least` of them. */
  some<T extends string>(odds: Partial<Record<T, number>>, least = 0): T[] {
    const kept = (Object.entries(odds) as [T, number][]).filter(([, p]) => this.chance(p)).map(([value]) => value);
    while (kept.length < least) {
      const value = this.weighted(odds);
      if (!kept.includes(value)) kept.push(value);
    }
    return kept;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

type Answers = Record<string, unknown>;

/** How often a respondent of a community ticks each need: communities differ, as real ones do. */
export const NEED_ODDS: Record<string, Record<string, number>> = {
  Ottawa: { find_job: 0.45, credentials: 0.2, housing: 0.55, family_doctor: 0.35, learn_language: 0.3, food_and_bills: 0.3, getting_around: 0.15, friends_belonging: 0.2, finding_services: 0.2, childcare: 0.15, mental_health: 0.12, immigration_papers: 0.15 },
  Kanata: { find_job: 0.55, credentials: 0.35, housing: 0.3, family_doctor: 0.3, getting_around: 0.45, childcare: 0.25, friends_belonging: 0.25, learn_language: 0.15, job_training: 0.2 },
  Orléans: { find_job: 0.35, housing: 0.35, family_doctor: 0.4, learn_language: 0.4, children_school: 0.3, getting_around: 0.3, childcare: 0.3, friends_belonging: 0.15, food_and_bills: 0.2 },
  Vanier: { housing: 0.65, food_and_bills: 0.5, find_job: 0.4, mental_health: 0.25, unfair_treatment: 0.2, family_doctor: 0.3, learn_language: 0.35, interpretation: 0.2, legal_rights: 0.1, finding_services: 0.3 },
  Barrhaven: { find_job: 0.4, getting_around: 0.5, childcare: 0.35, housing: 0.3, recreation: 0.2, family_doctor: 0.3, place_of_worship: 0.1 },
};

const LANGUAGE_OF_LOCALE: Record<string, string> = { en: 'english', fr: 'french', ar: 'arabic', es: 'spanish', 'zh-cn': 'mandarin', pa: 'punjabi', tl: 'tagalog' };
const FIRST_LANGUAGES = ['arabic', 'farsi', 'hindi', 'somali', 'spanish', 'tamil', 'ukrainian', 'urdu', 'tigrinya', 'portuguese', 'french', 'english'];

/** A written answer, often in the respondent's language; a community's leanings pick among candidates. */
function openAnswer(random: DemoRandom, locale: string, question: DemoQuestion, leaning: readonly string[]): string | undefined {
  const texts = demoTexts(locale, question);
  if (texts.length === 0) return undefined;
  const first = random.pick(texts);
  const second = random.pick(texts);
  return (leaning.includes(second.theme) && !leaning.includes(first.theme) ? second : first).text;
}

/** One newcomer's answers to the shipped newcomer needs assessment, as a careful respondent gives them. */
export function newcomerAnswers(random: DemoRandom, community: string, locale: string, needOdds?: Record<string, number>): Answers {
  const a: Answers = {};
  a.time_in_canada = random.weighted({ under_1_year: 3, years_1_to_3: 4, years_3_to_5: 2, years_5_to_10: 1, over_10_years: 1 });
  if (random.chance(0.9)) a.immigration_status = random.weighted({ permanent_resident: 5, protected_person: 2, refugee_claimant: 2, international_student: 2, temporary_worker: 2, citizen: 1 });
  if (random.chance(0.9)) a.age_band = random.weighted({ age_18_24: 2, age_25_34: 5, age_35_44: 4, age_45_54: 2, age_55_64: 1, age_65_plus: 1 });
  if (random.chance(0.85)) a.gender = random.weighted({ woman: 5, man: 5, non_binary: 1 });
  a.first_language = locale !== 'en' && random.chance(0.8) ? LANGUAGE_OF_LOCALE[locale] : random.pick(FIRST_LANGUAGES);
  a.official_language_ability = random.weighted({ very_well: 2, well: 3, a_little: 3, not_at_all: locale === 'en' || locale === 'fr' ? 0.2 : 2 });
  const household = random.int(1, 6);
  a.household_size = household;
  if (household > 1) a.children_count = random.int(0, household - 1);
  a.employment_status = random.weighted({ working_full_time: 3, working_part_time: 2, self_employed: 1, looking_for_work: 3, studying: 2, caring_for_family: 1 });
  if (['working_full_time', 'working_part_time', 'self_employed'].includes(a.employment_status as string)) {
    a.work_matches_skills = random.weighted({ fully: 1, partly: 2, not_at_all: 2 });
  }
  a.has_family_doctor = random.chance(0.55);

  const odds = needOdds ?? NEED_ODDS[community] ?? NEED_ODDS.Ottawa!;
  if (random.chance(0.04)) a.needs = ['none'];
  else {
    const needs = random.some(odds, 1);
    a.needs = needs;
    a.top_priorities = needs.slice(0, Math.min(3, needs.length));
  }
  if (typeof a.children_count === 'number' && a.children_count > 0 && random.chance(0.8)) {
    a.children_school_help = random.some({ language_support: 0.4, homework_help: 0.3, talking_with_teachers: 0.25, making_friends: 0.3, after_school_activities: 0.3, stop_bullying_racism: 0.1 }, 1);
  }
  a.barriers = random.chance(0.1) ? ['none'] : random.some({ did_not_know: 0.4, not_eligible: 0.15, language: 0.3, waiting_lists: 0.35, hours: 0.15, transportation: 0.2, cost: 0.25, no_childcare: 0.15 }, 1);

  const used = random.some({ settlement_agency: 0.6, language_classes: 0.4, employment_services: 0.35, health_centre: 0.3, food_bank: 0.15, library: 0.35, faith_group: 0.15, housing_help: 0.1 });
  a.services_used = used.length ? used : ['none'];
  if (used.length) {
    const rows = ['settlement_agency', 'language_classes', 'employment_services', 'health_care', 'housing_help', 'children_school'];
    a.services_satisfaction = Object.fromEntries(rows.map((row) => [row, random.weighted({ very_satisfied: 3, satisfied: 4, dissatisfied: 1, very_dissatisfied: 0.5, did_not_use: 2 })]));
    a.services_in_my_language = random.weighted({ always: 1, often: 2, sometimes: 3, never: 1 });
  }
  a.belonging = random.int(community === 'Vanier' ? 1 : 2, 5);
  a.feel_welcome = random.int(2, 5);
  a.has_support_network = random.chance(0.5);
  a.participation = random.chance(0.3) ? ['none'] : random.some({ volunteered: 0.3, community_group: 0.3, sports_arts: 0.2, religious_activities: 0.3, public_meeting: 0.1, voted: 0.1 }, 1);
  a.plan_to_stay = random.weighted({ yes: 6, no: 1, not_sure: 3 });
  if (a.plan_to_stay !== 'yes' && random.chance(0.8)) {
    a.reasons_to_leave = random.some({ better_jobs: 0.5, housing_cost: 0.4, family_friends_elsewhere: 0.3, not_welcome: 0.1, missing_services: 0.15, transit: 0.15 }, 1);
  }
  a.discrimination_experienced = random.weighted({ yes: community === 'Vanier' ? 3 : 2, no: 5, not_sure: 1 });
  const leaning = Object.entries(odds).sort((x, y) => y[1] - x[1]).slice(0, 3).map(([need]) => NEED_THEME[need] ?? need);
  if (a.discrimination_experienced === 'yes') {
    a.discrimination_settings = random.some({ work_job_search: 0.5, housing: 0.35, stores_restaurants: 0.2, transit: 0.15, street_neighbourhood: 0.2, school: 0.1 }, 1);
    a.discrimination_by_whom = random.some({ employer_coworker: 0.45, landlord: 0.3, stranger: 0.3, service_staff: 0.2, police: 0.08 }, 1);
    a.discrimination_reported = random.weighted({ reported: 1, did_not_know_where: 3, afraid: 1, would_not_help: 2 });
    if (random.chance(0.6)) a.discrimination_details = openAnswer(random, locale, 'discrimination_details', leaning);
  }
  if (random.chance(0.8)) a.biggest_challenge = openAnswer(random, locale, 'biggest_challenge', leaning);
  if (random.chance(0.5)) a.what_helped = openAnswer(random, locale, 'what_helped', leaning);
  if (random.chance(0.55)) a.more_welcoming = openAnswer(random, locale, 'more_welcoming', leaning);
  for (const key of Object.keys(a)) if (a[key] === undefined) delete a[key];
  return a;
}

const NEED_THEME: Record<string, string> = {
  find_job: 'employment', credentials: 'credential_recognition', housing: 'housing', family_doctor: 'health', mental_health: 'health',
  learn_language: 'language', food_and_bills: 'basic_needs', childcare: 'basic_needs', getting_around: 'transportation', friends_belonging: 'social_inclusion',
};

/** One service provider's answers to the shipped provider survey. */
export function providerAnswers(random: DemoRandom, locale: string): Answers {
  const a: Answers = {};
  a.org_sector = random.weighted({ settlement_agency: 4, language_training: 2, employment_services: 2, municipal_government: 1, school_board: 2, health: 2, library: 1, community_social_services: 2, francophone_organization: 1, housing_provider: 1 });
  a.respondent_role = random.weighted({ frontline: 4, manager: 3, executive: 1 });
  a.populations_served = random.some({ permanent_residents: 0.7, refugees: 0.6, refugee_claimants: 0.4, international_students: 0.3, temporary_workers: 0.3, women: 0.4, children_youth: 0.4, seniors: 0.2, francophones: 0.2 }, 1);
  a.newcomers_served_per_year = random.int(2, 120) * 10;
  const gaps = random.some({ employment_supports: 0.35, credential_recognition: 0.25, affordable_housing: 0.7, primary_health_care: 0.5, mental_health: 0.5, language_training: 0.25, interpretation: 0.4, francophone_services: 0.15, childcare: 0.35, income_food: 0.3, transportation: 0.3, social_connection: 0.2, information_navigation: 0.25, precarious_status: 0.25, coordination: 0.3 }, 1);
  a.service_gaps = gaps;
  a.top_gaps = gaps.slice(0, 3);
  if (random.chance(0.7)) a.gaps_explained = openAnswer(random, locale, 'gaps_explained', []);
  a.populations_underserved = random.some({ refugee_claimants: 0.4, international_students: 0.35, temporary_workers: 0.35, women: 0.2, seniors: 0.25, francophones: 0.15, people_with_disabilities: 0.2 }, 1);
  a.lip_involvement = random.weighted({ council_member: 1, working_group_member: 2, attends_events: 3, receives_updates: 3, not_involved: 1, does_not_know: 1 });
  if (['council_member', 'working_group_member', 'attends_events'].includes(a.lip_involvement as string)) a.lip_usefulness = random.int(2, 5);
  a.referral_ease = random.int(1, 5);
  a.collaboration_barriers = random.some({ staff_time: 0.6, funding_rules: 0.5, competition: 0.2, unknown_services: 0.3, eligibility_rules: 0.4, data_sharing: 0.2, language_costs: 0.2 }, 1);
  a.supports_needed = random.some({ intercultural_training: 0.3, anti_racism_training: 0.3, trauma_training: 0.4, interpretation_access: 0.4, service_directory: 0.3, local_data: 0.3, stable_funding: 0.7 }, 1);
  if (random.chance(0.6)) a.recommendations = openAnswer(random, locale, 'recommendations', []);
  if (random.chance(0.3)) a.what_works = openAnswer(random, locale, 'what_works', []);
  for (const key of Object.keys(a)) if (a[key] === undefined) delete a[key];
  return a;
}
