export type ReportLang = 'en' | 'fr';

const EN = {
  title: 'Needs assessment: what we heard',
  partnership: 'Partnership',
  wave: 'Wave',
  audience: 'Audience',
  newcomers: 'Newcomers',
  providers: 'Service providers',
  method: 'Method',
  methodText: (respondents: string, version: string, minimum: number, confidence: number) =>
    `${respondents} respondents. Answers to closed and open questions were coded with the shared theme taxonomy (version ${version}); a respondent counts once per theme. Shares come with ${confidence}% Wilson intervals. To protect respondents, no figure based on fewer than ${minimum} people is shown, and some further figures are hidden so hidden ones cannot be worked out from totals (shown as “—”). Differences are flagged only when significant after Holm correction for every comparison made.`,
  bubbleTitle: 'How often each theme was mentioned',
  bubbleNote: 'Circle area is proportional to the number of respondents who mentioned the theme.',
  bubbleAria: 'Bubble chart of theme frequencies',
  priorities: 'Priorities, ranked',
  rank: 'Rank',
  theme: 'Theme',
  respondents: 'Respondents',
  share: 'Share',
  interval: '95% interval',
  intervalAt: (confidence: number) => `${confidence}% interval`,
  communities: 'Comparison across communities',
  waves: 'Comparison across waves',
  overall: 'Overall',
  noFlags: 'No difference is significant after correction.',
  flagsHeading: 'Significant differences',
  gap: 'Newcomers’ needs and providers’ gaps',
  gapIntro: 'Share of newcomers who raised each theme beside the share of providers who reported it as a gap in services.',
  community: 'Community',
  newcomerShare: 'Newcomers',
  providerShare: 'Providers',
  difference: 'Difference (points)',
  diverges: 'Diverges',
  crosswalk: 'The 17 characteristics of a welcoming community',
  crosswalkIntro: 'Themes read against Esses et al. (2010), Characteristics of a Welcoming Community.',
  characteristic: 'Characteristic',
  primary: 'Primary themes',
  secondary: 'Related themes',
  quotes: 'In respondents’ words',
  quotesNote: 'Quotes appear only from themes and communities large enough to be reported.',
  suppressed: '—',
  pooledGroup: 'Other communities',
  subtheme: 'subtheme',
  yes: 'yes',
  notTestable: 'not tested',
  chiSquare: 'χ² test',
  chartLegend: 'Themes shown by number',
  generatedWith: 'Prepared with Tessera.',
  none: 'No data.',
};

type Strings = typeof EN;

const FR: Strings = {
  title: 'Évaluation des besoins : ce que nous avons entendu',
  partnership: 'Partenariat',
  wave: 'Vague',
  audience: 'Public',
  newcomers: 'Nouveaux arrivants',
  providers: 'Fournisseurs de services',
  method: 'Méthode',
  methodText: (respondents, version, minimum, confidence) =>
    `${respondents} répondants. Les réponses aux questions fermées et ouvertes ont été codées selon la taxonomie commune des thèmes (version ${version}); un répondant compte une fois par thème. Les proportions sont accompagnées d’intervalles de Wilson à ${confidence}\u00a0%. Pour protéger les répondants, aucun chiffre fondé sur moins de ${minimum} personnes n’est présenté, et d’autres chiffres sont masqués pour qu’on ne puisse pas les retrouver à partir des totaux (indiqués par «\u00a0—\u00a0»). Les écarts ne sont signalés que s’ils restent significatifs après la correction de Holm pour l’ensemble des comparaisons.`,
  bubbleTitle: 'Fréquence de mention de chaque thème',
  bubbleNote: 'L’aire de chaque cercle est proportionnelle au nombre de répondants qui ont mentionné le thème.',
  bubbleAria: 'Graphique à bulles de la fréquence des thèmes',
  priorities: 'Priorités, par rang',
  rank: 'Rang',
  theme: 'Thème',
  respondents: 'Répondants',
  share: 'Proportion',
  interval: 'Intervalle à 95\u00a0%',
  intervalAt: (confidence) => `Intervalle à ${confidence}\u00a0%`,
  communities: 'Comparaison entre les communautés',
  waves: 'Comparaison entre les vagues',
  overall: 'Ensemble',
  noFlags: 'Aucun écart n’est significatif après correction.',
  flagsHeading: 'Écarts significatifs',
  gap: 'Besoins des nouveaux arrivants et lacunes signalées par les fournisseurs',
  gapIntro: 'Proportion des nouveaux arrivants qui ont soulevé chaque thème, à côté de la proportion des fournisseurs qui l’ont signalé comme lacune dans les services.',
  community: 'Communauté',
  newcomerShare: 'Nouveaux arrivants',
  providerShare: 'Fournisseurs',
  difference: 'Écart (points)',
  diverges: 'Divergence',
  crosswalk: 'Les 17 caractéristiques d’une communauté accueillante',
  crosswalkIntro: 'Les thèmes lus selon Esses et al. (2010), Caractéristiques d’une communauté accueillante.',
  characteristic: 'Caractéristique',
  primary: 'Thèmes principaux',
  secondary: 'Thèmes connexes',
  quotes: 'Dans les mots des répondants',
  quotesNote: 'Les citations ne proviennent que de thèmes et de communautés assez grands pour être présentés.',
  suppressed: '—',
  pooledGroup: 'Autres communautés',
  subtheme: 'sous-thème',
  yes: 'oui',
  notTestable: 'non testé',
  chiSquare: 'Test du χ²',
  chartLegend: 'Thèmes indiqués par numéro',
  generatedWith: 'Préparé avec Tessera.',
  none: 'Aucune donnée.',
};

export function stringsFor(lang: ReportLang): Strings {
  return lang === 'fr' ? FR : EN;
}

/** Numbers the way each language writes them: 1,234 and 0.42 / 1 234 et 0,42. */
export function formatNumber(value: number, lang: ReportLang, fractionDigits = 0): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatShare(share: number | null, lang: ReportLang, fractionDigits = 0): string {
  if (share === null) return '—';
  const number = formatNumber(share * 100, lang, fractionDigits);
  return lang === 'fr' ? `${number}\u00a0%` : `${number}%`;
}
