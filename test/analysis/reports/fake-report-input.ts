import type { ReportInput } from '../../../analysis/reports';
import type { GroupCounts } from '../../../analysis/summaries';

// Invented but plausible shares of newcomers mentioning each theme, inspired by the
// priorities in the LIP background reports (work, housing, health, credentials first).
const BASE: Record<string, number> = {
  housing: 0.42,
  employment: 0.38,
  basic_needs: 0.27,
  health: 0.3,
  credential_recognition: 0.22,
  settlement_services: 0.2,
  language: 0.18,
  transportation: 0.15,
  social_inclusion: 0.12,
  education: 0.1,
  racism_discrimination: 0.1,
  specific_populations: 0.07,
  public_attitudes: 0.05,
  safety_justice: 0.04,
  recreation_public_space: 0.04,
  institutional_capacity: 0.03,
  civic_participation: 0.025,
  business_attraction_retention: 0.03,
  religious_organizations: 0.02,
  media_representation: 0.015,
};

function community(group: string, respondents: number, shifts: Record<string, number> = {}): GroupCounts {
  const mentions: Record<string, number> = {};
  for (const [theme, share] of Object.entries(BASE)) {
    mentions[theme] = Math.min(respondents, Math.round(respondents * share * (shifts[theme] ?? 1)));
  }
  return { group, respondents, mentions };
}

export const fakeCommunities: GroupCounts[] = [
  community('Brampton', 412, { housing: 1.25, transportation: 0.8 }),
  community('Mississauga', 388, { employment: 1.15, credential_recognition: 1.3 }),
  community('Oakville', 143, { housing: 0.7, language: 0.6 }),
  community('Milton', 96, { transportation: 2.2, health: 1.2 }),
  community('Caledon', 8),
];

export const fakeReportInput: ReportInput = {
  partnership: 'Lakeshore Region Local Immigration Partnership',
  wave: '2026',
  audience: 'newcomers',
  communities: fakeCommunities,
  waves: [
    community('2023', 720, { housing: 0.75, health: 0.8 }),
    { group: '2026', respondents: 1047, mentions: Object.fromEntries(Object.keys(BASE).map((theme) => [theme, fakeCommunities.reduce((sum, c) => sum + (c.mentions[theme] ?? 0), 0)])) },
  ],
  gaps: [
    {
      community: 'Brampton',
      newcomers: fakeCommunities[0]!,
      providers: {
        respondents: 34,
        mentions: { housing: 20, employment: 12, health: 15, language: 18, settlement_services: 22, transportation: 3, basic_needs: 11 },
      },
    },
    {
      community: 'Mississauga',
      newcomers: fakeCommunities[1]!,
      providers: {
        respondents: 27,
        mentions: { housing: 9, employment: 14, health: 12, language: 13, settlement_services: 17, credential_recognition: 11 },
      },
    },
  ],
  quotes: [
    { text: 'Rent takes 70% of what we earn & we share a basement with another family.', theme: 'housing', community: 'Brampton', language: 'en' },
    { text: 'Le loyer est trop cher, on partage un sous-sol avec une autre famille.', theme: 'housing', community: 'Mississauga', language: 'fr' },
    { text: 'I was an engineer for 12 years; here they tell me "Canadian experience" <first>.', theme: 'employment', community: 'Mississauga', language: 'en' },
    { text: 'No family doctor after two years. <script>alert(1)</script>', theme: 'health', community: 'Oakville', language: 'en' },
    { text: 'The bus comes once an hour and not at all on Sunday.', theme: 'transportation', community: 'Milton', language: 'en' },
    { text: 'Only three of us here, everyone knows who said this.', theme: 'housing', community: 'Caledon', language: 'en' },
    { text: 'Quote about media, a theme too small to publish.', theme: 'media_representation', community: 'Brampton', language: 'en' },
  ],
};
