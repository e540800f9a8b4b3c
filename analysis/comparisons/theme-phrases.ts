import { isThemeCode, themeLabel } from '../taxonomy';

export type Lang = 'en' | 'fr';

type FrenchSubject = { subject: string; feminine: boolean; plural: boolean };

/**
 * The theme as the subject of a French sentence, with its article and the gender and number
 * the past participle agrees with ("Le logement a été mentionné", "La santé et la santé
 * mentale ont été mentionnées"). Mixed-gender lists agree in the masculine plural.
 */
const FRENCH_SUBJECTS: Record<string, FrenchSubject> = {
  employment: { subject: "L'emploi et la formation professionnelle", feminine: false, plural: true },
  credential_recognition: { subject: 'La reconnaissance des diplômes et des acquis étrangers', feminine: true, plural: false },
  housing: { subject: 'Le logement', feminine: false, plural: false },
  health: { subject: 'La santé et la santé mentale', feminine: true, plural: true },
  education: { subject: "L'éducation et la réussite scolaire", feminine: true, plural: true },
  language: { subject: "Les langues, la formation linguistique et l'interprétation", feminine: true, plural: true },
  racism_discrimination: { subject: 'Le racisme et la discrimination', feminine: false, plural: true },
  public_attitudes: { subject: "Les attitudes du public et l'accueil", feminine: false, plural: true },
  social_inclusion: { subject: "L'inclusion sociale, l'appartenance et l'isolement", feminine: false, plural: true },
  civic_participation: { subject: 'La participation civique et politique', feminine: true, plural: false },
  settlement_services: { subject: "L'information et les services d'établissement", feminine: false, plural: true },
  transportation: { subject: 'Le transport et le transport en commun', feminine: false, plural: true },
  business_attraction_retention: { subject: "L'entrepreneuriat, l'attraction et la rétention", feminine: false, plural: true },
  specific_populations: { subject: 'Les besoins des femmes, des jeunes, des aînés et d’autres groupes', feminine: false, plural: true },
  safety_justice: { subject: 'La sécurité, la police et la justice', feminine: true, plural: true },
  recreation_public_space: { subject: 'Les loisirs, la culture et les espaces publics', feminine: false, plural: true },
  religious_organizations: { subject: 'Les communautés de foi et les organisations religieuses', feminine: true, plural: true },
  media_representation: { subject: 'Les médias et la représentation', feminine: false, plural: true },
  institutional_capacity: { subject: 'La capacité des institutions, les services municipaux et la concertation', feminine: true, plural: true },
  basic_needs: { subject: 'Le revenu, le coût de la vie et les besoins essentiels', feminine: false, plural: true },
  no_content: { subject: 'Les réponses sans contenu', feminine: true, plural: true },
};

/** English subjects whose label reads as a list of people rather than a topic. */
const ENGLISH_SUBJECTS: Record<string, { subject: string; plural: boolean }> = {
  specific_populations: { subject: 'The needs of women, youth, seniors & other groups', plural: true },
  no_content: { subject: 'Answers without content', plural: true },
};

/** The theme's label in `lang`, falling back to the code for codes the taxonomy does not know. */
export function labelOf(theme: string, lang: Lang): string {
  return isThemeCode(theme) ? themeLabel(theme, lang) : theme;
}

/** "Housing was mentioned" / "Le logement a été mentionné". */
export function mentionedClause(theme: string, lang: Lang): string {
  if (lang === 'fr') {
    const french = FRENCH_SUBJECTS[theme] ?? {
      subject: `Le thème « ${labelOf(theme, 'fr')} »`,
      feminine: false,
      plural: false,
    };
    const participle = `mentionné${french.feminine ? 'e' : ''}${french.plural ? 's' : ''}`;
    return `${french.subject} ${french.plural ? 'ont' : 'a'} été ${participle}`;
  }
  const english = ENGLISH_SUBJECTS[theme] ?? { subject: labelOf(theme, 'en'), plural: false };
  return `${english.subject} ${english.plural ? 'were' : 'was'} mentioned`;
}

/** A share as a whole percentage, French with the no-break space before % ("42 %"). */
export function formatPercent(share: number, lang: Lang): string {
  const percent = Math.round(share * 100);
  return lang === 'fr' ? `${percent}\u00a0%` : `${percent}%`;
}
