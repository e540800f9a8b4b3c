/** Themes on choices: putting the shared taxonomy's themes on a questionnaire's choices. */
const en = {
  link: 'Coding',
  linkSuffix: (version: number) => ` (what analysis codes in version ${version})`,
  title: (title: string, version: number) => `What analysis codes: ${title}, version ${version}`,
  intro:
    'A closed answer counts in theme summaries through the themes its choice names. Give each choice that names a need the themes of the shared taxonomy it belongs to; leave the others (yes, no, how often) without one.',
  frozen: (version: number) =>
    `Version ${version} is published and frozen: saving makes a new draft version with these themes. Responses already given to version ${version} keep the codes they have.`,
  readOnly: 'You may read these themes; changing them needs the right to edit the questionnaire.',
  none: 'This version has no choices and no free-text question: analysis has nothing here to code.',
  freeTextTitle: 'Free text coded into themes',
  freeTextHelp:
    'The open-answer coder reads the answers to the questions ticked here. A comment box is ticked unless you untick it; a one-line text box only if you tick it.',
  choicesTitle: 'Themes on choices',
  count: (themed: number, total: number) => `${themed} of ${total} choices name a theme.`,
  suggest: 'Suggest themes from the choices’ texts',
  suggesting: 'Reading the choices…',
  suggested: (n: number) =>
    n === 0
      ? 'The coder read no need in the choices left without a theme.'
      : `${n === 1 ? '1 choice was given' : `${n} choices were given`} suggested themes, marked “suggested”. Check each one before saving.`,
  suggestedMark: 'suggested',
  suggestCaution:
    'Suggestions also land on questions that describe the person (immigration status, language, kind of work). A theme on a choice counts everyone who picks it as having that need, so clear such questions.',
  clearSlot: 'Remove every theme',
  clearSlotFrom: (question: string) => ` from “${question}”`,
  choice: 'Choice',
  themes: 'Themes',
  noTheme: 'No theme',
  remove: (theme: string, choice: string) => `Remove ${theme} from “${choice}”`,
  add: (choice: string) => `Add a theme to “${choice}”`,
  addPlaceholder: 'Add a theme…',
  save: 'Save what analysis codes',
  saveAsNew: 'Save as a new draft version',
  unchanged: 'Nothing has changed since the last save.',
  saved: 'Saved.',
  savedAsNew: (version: number) => `Saved as version ${version}, a draft. Publish it to use these themes in a consultation.`,
  openNew: (version: number) => `Open version ${version}`,
  back: 'Back to the questionnaire',
};

export type ChoiceThemeStrings = typeof en;

const fr: ChoiceThemeStrings = {
  link: 'Codage',
  linkSuffix: (version) => ` (ce que l’analyse code dans la version ${version})`,
  title: (title, version) => `Ce que l’analyse code : ${title}, version ${version}`,
  intro:
    'Une réponse fermée compte dans les sommaires par thème par les thèmes que nomme son choix. Donnez à chaque choix qui nomme un besoin les thèmes de la taxonomie commune auxquels il appartient; laissez les autres (oui, non, à quelle fréquence) sans thème.',
  frozen: (version) =>
    `La version ${version} est publiée et figée : enregistrer crée une nouvelle version brouillon avec ces thèmes. Les réponses déjà données à la version ${version} gardent leurs codes.`,
  readOnly: 'Vous pouvez lire ces thèmes; les changer demande le droit de modifier le questionnaire.',
  none: 'Cette version n’a ni choix ni question à texte libre : l’analyse n’a rien à coder ici.',
  freeTextTitle: 'Texte libre codé en thèmes',
  freeTextHelp:
    'Le codeur des réponses ouvertes lit les réponses aux questions cochées ici. Une zone de commentaire est cochée sauf si vous la décochez; une zone de texte d’une ligne seulement si vous la cochez.',
  choicesTitle: 'Thèmes des choix',
  count: (themed, total) => `${themed} choix sur ${total} nomment un thème.`,
  suggest: 'Suggérer des thèmes d’après le texte des choix',
  suggesting: 'Lecture des choix…',
  suggested: (n) =>
    n === 0
      ? 'Le codeur n’a lu aucun besoin dans les choix restés sans thème.'
      : `${n === 1 ? '1 choix a reçu' : `${n} choix ont reçu`} des thèmes suggérés, marqués « suggéré ». Vérifiez-les avant d’enregistrer.`,
  suggestedMark: 'suggéré',
  suggestCaution:
    'Les suggestions touchent aussi les questions qui décrivent la personne (statut d’immigration, langue, type de travail). Un thème sur un choix compte toute personne qui le choisit comme ayant ce besoin : videz ces questions.',
  clearSlot: 'Retirer tous les thèmes',
  clearSlotFrom: (question) => ` de « ${question} »`,
  choice: 'Choix',
  themes: 'Thèmes',
  noTheme: 'Aucun thème',
  remove: (theme, choice) => `Retirer ${theme} de « ${choice} »`,
  add: (choice) => `Ajouter un thème à « ${choice} »`,
  addPlaceholder: 'Ajouter un thème…',
  save: 'Enregistrer ce que l’analyse code',
  saveAsNew: 'Enregistrer comme nouvelle version brouillon',
  unchanged: 'Rien n’a changé depuis le dernier enregistrement.',
  saved: 'Enregistré.',
  savedAsNew: (version) => `Enregistré comme version ${version}, un brouillon. Publiez-la pour utiliser ces thèmes dans une consultation.`,
  openNew: (version) => `Ouvrir la version ${version}`,
  back: 'Retour au questionnaire',
};

export const choiceThemes = { en, fr };
