/**
 * Invented open answers for the demo data, in the survey's languages. Each is tagged with the
 * theme its writer had in mind, so a community can lean towards some themes; the coder never
 * sees the tag. Some are deliberately vague, so the review queue has real work in it.
 */
export interface DemoText {
  theme: string;
  text: string;
}

export type DemoQuestion = 'biggest_challenge' | 'what_helped' | 'more_welcoming' | 'discrimination_details' | 'gaps_explained' | 'recommendations' | 'what_works';

const EN_CHALLENGES: DemoText[] = [
  { theme: 'employment', text: 'Finding a job in my field. Employers always ask for Canadian experience.' },
  { theme: 'employment', text: 'I work nights in a warehouse although I was an accountant back home.' },
  { theme: 'credential_recognition', text: 'Getting my engineering degree recognized took two years and cost a lot.' },
  { theme: 'credential_recognition', text: 'My nursing licence from abroad is not accepted and the bridging program has a waiting list.' },
  { theme: 'housing', text: 'Rent is too expensive and landlords want a credit history we do not have.' },
  { theme: 'housing', text: 'We are five people in a two-bedroom apartment. Finding affordable housing is impossible.' },
  { theme: 'health', text: 'We still do not have a family doctor after three years; the walk-in clinic wait is hours.' },
  { theme: 'health', text: 'Stress and anxiety. It is hard to find mental health support in my language.' },
  { theme: 'language', text: 'Learning English while working full time. The evening classes are always full.' },
  { theme: 'language', text: 'Nobody at the hospital spoke my language and there was no interpreter.' },
  { theme: 'basic_needs', text: 'The cost of living: groceries and daycare take almost all of our income.' },
  { theme: 'basic_needs', text: 'Childcare. I cannot take a course or a job without a daycare space.' },
  { theme: 'transportation', text: 'The bus takes over an hour to reach my work and does not run early enough.' },
  { theme: 'social_inclusion', text: 'Loneliness. I miss my family and I have no friends here yet.' },
  { theme: 'settlement_services', text: 'Nobody told us where to find help. I found the settlement agency by chance.' },
  { theme: 'education', text: 'My children struggle at school and I do not know how to talk with their teachers.' },
  { theme: 'settlement_services', text: 'Waiting for my work permit renewal; the immigration process is confusing.' },
  { theme: 'other', text: 'Everything is different here.' },
  { theme: 'other', text: 'The winter, honestly.' },
  { theme: 'other', text: 'Hard to say, many small things.' },
];

const EN_HELPED: DemoText[] = [
  { theme: 'settlement_services', text: 'The settlement worker helped me fill in all the forms.' },
  { theme: 'language', text: 'Free LINC classes at the community centre.' },
  { theme: 'religious_organizations', text: 'People from our mosque helped us find furniture and a school.' },
  { theme: 'religious_organizations', text: 'The church sponsored us and welcomed us.' },
  { theme: 'social_inclusion', text: 'A neighbour who invited us for dinner and showed us around.' },
  { theme: 'employment', text: 'A mentoring program matched me with someone in my profession.' },
  { theme: 'recreation_public_space', text: 'The public library: free internet, books and conversation circles.' },
  { theme: 'education', text: 'The settlement worker at my daughter\u2019s school.' },
  { theme: 'other', text: 'My cousin.' },
  { theme: 'other', text: 'Nothing really.' },
];

const EN_WELCOMING: DemoText[] = [
  { theme: 'housing', text: 'More affordable housing and help with rental deposits for newcomers.' },
  { theme: 'employment', text: 'Employers should give newcomers a chance and value foreign experience.' },
  { theme: 'transportation', text: 'Cheaper bus passes for low-income families.' },
  { theme: 'public_attitudes', text: 'People are kind, but some think immigrants take jobs. More events to meet each other.' },
  { theme: 'racism_discrimination', text: 'Stop discrimination against people with an accent or a hijab.' },
  { theme: 'settlement_services', text: 'One place with all the information in many languages.' },
  { theme: 'health', text: 'More doctors who accept new patients.' },
  { theme: 'recreation_public_space', text: 'Free sports and activities for kids in the summer.' },
  { theme: 'civic_participation', text: 'Ask newcomers what they think before deciding things for them.' },
  { theme: 'other', text: 'Be patient with us.' },
];

const EN_DISCRIMINATION: DemoText[] = [
  { theme: 'racism_discrimination', text: 'A landlord said the apartment was taken when he heard my name.' },
  { theme: 'racism_discrimination', text: 'At work my manager mocks my accent in front of others.' },
  { theme: 'racism_discrimination', text: 'Someone on the bus shouted at me because of my hijab.' },
  { theme: 'safety_justice', text: 'Police stopped my son twice for nothing.' },
];

const FR_CHALLENGES: DemoText[] = [
  { theme: 'employment', text: 'Trouver un emploi dans mon domaine, on me demande toujours une expérience canadienne.' },
  { theme: 'credential_recognition', text: 'La reconnaissance de mon diplôme d\u2019infirmière est longue et coûteuse.' },
  { theme: 'housing', text: 'Le loyer est trop cher et les propriétaires demandent un garant.' },
  { theme: 'health', text: 'Pas de médecin de famille, et l\u2019attente aux urgences est interminable.' },
  { theme: 'language', text: 'Apprendre l\u2019anglais : à Ottawa presque tout le travail se fait en anglais.' },
  { theme: 'language', text: 'Peu de services en français pour les francophones dans mon quartier.' },
  { theme: 'basic_needs', text: 'Le coût de la vie et la garderie, qui coûte trop cher.' },
  { theme: 'transportation', text: 'Le transport en commun est lent et l\u2019autobus passe rarement le soir.' },
  { theme: 'social_inclusion', text: 'L\u2019isolement : ma famille me manque et je n\u2019ai pas encore d\u2019amis ici.' },
  { theme: 'settlement_services', text: 'Les démarches d\u2019immigration et les papiers, c\u2019est compliqué.' },
  { theme: 'education', text: 'L\u2019intégration de mes enfants à l\u2019école.' },
  { theme: 'other', text: 'Tout est nouveau pour nous.' },
];

const FR_HELPED: DemoText[] = [
  { theme: 'settlement_services', text: 'L\u2019agence d\u2019établissement francophone m\u2019a beaucoup aidé.' },
  { theme: 'language', text: 'Les cours de langue gratuits.' },
  { theme: 'social_inclusion', text: 'Des voisins très accueillants et un groupe de parents.' },
  { theme: 'religious_organizations', text: 'Ma paroisse nous a aidés à trouver un logement.' },
  { theme: 'other', text: 'Ma famille.' },
];

const FR_WELCOMING: DemoText[] = [
  { theme: 'housing', text: 'Des logements abordables pour les familles nombreuses.' },
  { theme: 'employment', text: 'Que les employeurs reconnaissent notre expérience de travail.' },
  { theme: 'language', text: 'Plus de services en français, surtout en santé.' },
  { theme: 'racism_discrimination', text: 'Lutter contre le racisme et la discrimination à l\u2019embauche.' },
  { theme: 'transportation', text: 'Un meilleur transport en commun dans les quartiers éloignés.' },
  { theme: 'other', text: 'Rien à ajouter.' },
];

const FR_DISCRIMINATION: DemoText[] = [
  { theme: 'racism_discrimination', text: 'On m\u2019a refusé un logement à cause de mon nom.' },
  { theme: 'racism_discrimination', text: 'Des remarques racistes au travail sur mon accent.' },
];

const AR: DemoText[] = [
  { theme: 'employment', text: 'إيجاد عمل في مجال تخصصي صعب جدا' },
  { theme: 'housing', text: 'الايجار غالي جدا ولا نجد شقة مناسبة للعائلة' },
  { theme: 'language', text: 'تعلم اللغة الانجليزية مع العمل والأطفال' },
  { theme: 'health', text: 'لا يوجد طبيب للعائلة والانتظار طويل' },
  { theme: 'social_inclusion', text: 'الوحدة والبعد عن اهلي' },
  { theme: 'religious_organizations', text: 'المسجد ساعدنا كثيرا عند وصولنا' },
];

const ES: DemoText[] = [
  { theme: 'employment', text: 'Encontrar trabajo en mi profesión sin experiencia canadiense.' },
  { theme: 'housing', text: 'La renta es muy cara y piden historial de crédito.' },
  { theme: 'language', text: 'Aprender inglés y francés al mismo tiempo.' },
  { theme: 'health', text: 'No tengo médico de familia.' },
  { theme: 'transportation', text: 'El autobús tarda mucho en invierno.' },
];

const ZH: DemoText[] = [
  { theme: 'employment', text: '很难找到与我专业相关的工作' },
  { theme: 'housing', text: '房租太贵了，找不到合适的住房' },
  { theme: 'language', text: '语言障碍，英语不够好' },
  { theme: 'health', text: '没有家庭医生，看病要等很久' },
];

const PA: DemoText[] = [
  { theme: 'employment', text: 'ਆਪਣੇ ਖੇਤਰ ਵਿੱਚ ਨੌਕਰੀ ਲੱਭਣਾ ਔਖਾ ਹੈ' },
  { theme: 'housing', text: 'ਕਿਰਾਇਆ ਬਹੁਤ ਮਹਿੰਗਾ ਹੈ' },
];

const TL: DemoText[] = [
  { theme: 'employment', text: 'Mahirap maghanap ng trabaho na akma sa aking karanasan.' },
  { theme: 'housing', text: 'Napakamahal ng upa ng bahay.' },
];

const EN_PROVIDER_GAPS: DemoText[] = [
  { theme: 'housing', text: 'Affordable housing is the gap we see every day; families wait months in shelters.' },
  { theme: 'health', text: 'Clients cannot find a family doctor and mental health services have long waiting lists.' },
  { theme: 'language', text: 'Interpretation is not funded, so clients bring their children to translate.' },
  { theme: 'employment', text: 'Employment programs do not reach internationally trained professionals.' },
  { theme: 'institutional_capacity', text: 'Funding is project-based, so services stop when the grant ends.' },
  { theme: 'specific_populations', text: 'Refugee claimants and international students are not eligible for most services.' },
];

const EN_PROVIDER_RECOMMENDATIONS: DemoText[] = [
  { theme: 'institutional_capacity', text: 'Stable multi-year funding and a shared service directory.' },
  { theme: 'institutional_capacity', text: 'Better coordination between agencies and the city; share data.' },
  { theme: 'racism_discrimination', text: 'Anti-racism training for frontline staff and employers.' },
  { theme: 'housing', text: 'Work with landlords on guarantees for newcomer tenants.' },
  { theme: 'transportation', text: 'Transit passes for clients attending programs.' },
];

const FR_PROVIDER: DemoText[] = [
  { theme: 'language', text: 'Manque de services en français pour les nouveaux arrivants francophones.' },
  { theme: 'institutional_capacity', text: 'Un financement stable et une meilleure concertation entre les organismes.' },
  { theme: 'housing', text: 'Le logement abordable reste le premier besoin de nos clients.' },
];

type Bank = Partial<Record<DemoQuestion, DemoText[]>>;

const BANKS: Record<string, Bank> = {
  en: {
    biggest_challenge: EN_CHALLENGES,
    what_helped: EN_HELPED,
    more_welcoming: EN_WELCOMING,
    discrimination_details: EN_DISCRIMINATION,
    gaps_explained: EN_PROVIDER_GAPS,
    recommendations: EN_PROVIDER_RECOMMENDATIONS,
    what_works: EN_HELPED,
  },
  fr: {
    biggest_challenge: FR_CHALLENGES,
    what_helped: FR_HELPED,
    more_welcoming: FR_WELCOMING,
    discrimination_details: FR_DISCRIMINATION,
    gaps_explained: FR_PROVIDER,
    recommendations: FR_PROVIDER,
    what_works: FR_HELPED,
  },
  ar: { biggest_challenge: AR, what_helped: AR.slice(4), more_welcoming: AR.slice(0, 3) },
  es: { biggest_challenge: ES, more_welcoming: ES.slice(1, 3) },
  'zh-cn': { biggest_challenge: ZH, more_welcoming: ZH.slice(1) },
  pa: { biggest_challenge: PA },
  tl: { biggest_challenge: TL },
};

/** The invented answers to a question in a language; English when that language has none. */
export function demoTexts(locale: string, question: DemoQuestion): DemoText[] {
  return BANKS[locale]?.[question] ?? BANKS.en![question] ?? [];
}
