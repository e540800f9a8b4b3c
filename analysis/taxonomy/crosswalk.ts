import type { WelcomingCharacteristic } from './types';

/**
 * Esses, Hamilton, Bennett-AbuAyyash & Burstein (2010), Characteristics of a Welcoming
 * Community: the 17 characteristics in the report's order, mapped to the theme codes so a
 * report can be read against the framework LIPs already use.
 */
export const WELCOMING_CROSSWALK: WelcomingCharacteristic[] = [
  {
    number: 1,
    characteristic: { en: 'Employment opportunities', fr: "Possibilités d'emploi" },
    primary: [{ code: 'employment' }],
    secondary: [{ code: 'credential_recognition' }, { code: 'business_attraction_retention' }],
  },
  {
    number: 2,
    characteristic: { en: 'Fostering of social capital', fr: 'Développement du capital social' },
    primary: [{ code: 'social_inclusion' }],
    secondary: [],
  },
  {
    number: 3,
    characteristic: { en: 'Affordable and suitable housing', fr: 'Logement abordable et convenable' },
    primary: [{ code: 'housing' }],
    secondary: [],
  },
  {
    number: 4,
    characteristic: {
      en: 'Positive attitudes toward immigrants, cultural diversity and the presence of newcomers in the community',
      fr: "Attitudes positives envers les immigrants, la diversité culturelle et la présence de nouveaux arrivants dans la communauté",
    },
    primary: [{ code: 'public_attitudes' }],
    // The negative pole of attitudes shows up as racism and discrimination.
    secondary: [{ code: 'racism_discrimination' }],
  },
  {
    number: 5,
    characteristic: {
      en: 'Presence of newcomer-serving agencies that can successfully meet the needs of newcomers',
      fr: "Présence d'organismes au service des nouveaux arrivants capables de répondre à leurs besoins",
    },
    primary: [{ code: 'settlement_services' }],
    secondary: [{ code: 'language', subtheme: 'language_training_access' }],
  },
  {
    number: 6,
    characteristic: {
      en: 'Links between main actors working toward welcoming communities',
      fr: 'Liens entre les principaux acteurs qui travaillent à des communautés accueillantes',
    },
    primary: [{ code: 'institutional_capacity', subtheme: 'cross_sector_partnerships' }],
    secondary: [],
  },
  {
    number: 7,
    characteristic: {
      en: 'Municipal features and services sensitive to the presence and needs of newcomers',
      fr: 'Caractéristiques et services municipaux adaptés à la présence et aux besoins des nouveaux arrivants',
    },
    primary: [{ code: 'institutional_capacity', subtheme: 'municipal_services' }],
    secondary: [],
  },
  {
    number: 8,
    characteristic: { en: 'Educational opportunities', fr: 'Possibilités de formation et d’éducation' },
    primary: [{ code: 'education' }],
    secondary: [{ code: 'language' }],
  },
  {
    number: 9,
    characteristic: { en: 'Accessible and suitable health care', fr: 'Soins de santé accessibles et adaptés' },
    primary: [{ code: 'health' }],
    secondary: [],
  },
  {
    number: 10,
    characteristic: {
      en: 'Available and accessible public transit',
      fr: 'Transport en commun disponible et accessible',
    },
    primary: [{ code: 'transportation' }],
    secondary: [],
  },
  {
    number: 11,
    characteristic: {
      en: 'Presence of diverse religious organizations',
      fr: 'Présence de diverses organisations religieuses',
    },
    primary: [{ code: 'religious_organizations' }],
    secondary: [],
  },
  {
    number: 12,
    characteristic: {
      en: 'Social engagement opportunities',
      fr: "Possibilités d'engagement social",
    },
    primary: [{ code: 'social_inclusion', subtheme: 'volunteering_involvement' }],
    secondary: [{ code: 'recreation_public_space' }],
  },
  {
    number: 13,
    characteristic: {
      en: 'Political participation opportunities',
      fr: 'Possibilités de participation politique',
    },
    primary: [{ code: 'civic_participation' }],
    secondary: [],
  },
  {
    number: 14,
    characteristic: {
      en: 'Positive relationships with the police and the justice system',
      fr: 'Relations positives avec la police et le système de justice',
    },
    primary: [{ code: 'safety_justice' }],
    secondary: [{ code: 'racism_discrimination', subtheme: 'systemic_institutional' }],
  },
  {
    number: 15,
    characteristic: { en: 'Safety', fr: 'Sécurité' },
    primary: [{ code: 'safety_justice' }],
    secondary: [],
  },
  {
    number: 16,
    characteristic: {
      en: 'Opportunities for use of public space and recreation facilities',
      fr: "Possibilités d'utiliser les espaces publics et les installations de loisirs",
    },
    primary: [{ code: 'recreation_public_space' }],
    secondary: [],
  },
  {
    number: 17,
    characteristic: {
      en: 'Favourable media coverage and representation',
      fr: 'Couverture et représentation favorables dans les médias',
    },
    primary: [{ code: 'media_representation' }],
    secondary: [],
  },
];
