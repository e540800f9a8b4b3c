/** Question links: which question of a version continues which question of the version before (docs/waves.md). */
type Kind = 'kept' | 'renamed' | 'rewritten' | 'choices_added' | 'choices_removed' | 'split' | 'new' | 'dropped';

const en = {
  link: 'Question links',
  linkFor: (version: number) => `Question links of version ${version}`,
  title: (title: string, version: number) => `Question links: ${title}, version ${version}`,
  intro: (version: number, previous: number) =>
    `Each question of version ${version} is linked to the question of version ${previous} it continues, so that a comparison across waves knows they ask the same thing. A theme counted from a question that only one wave asked is not read as a change in needs.`,
  first: 'The first version has nothing before it: every question is new.',
  proposed: 'Proposed from the differences between the two versions; nobody has confirmed them yet.',
  confirmed: 'Confirmed by a researcher.',
  frozen: 'This version is published: its links are frozen with it.',
  question: (version: number) => `Question (version ${version})`,
  predecessor: (version: number) => `Came from (version ${version})`,
  kind: 'Kind',
  none: 'Nothing: a new question',
  kinds: {
    kept: 'kept',
    renamed: 'renamed',
    rewritten: 'rewritten',
    choices_added: 'choices added',
    choices_removed: 'choices removed',
    split: 'split from',
    new: 'new',
    dropped: 'dropped',
  } satisfies Record<Kind, string>,
  predecessorOf: (question: string) => `What ${question} came from`,
  kindOf: (question: string) => `Kind of link for ${question}`,
  dropped: (version: number) => `Questions of version ${version} no longer asked`,
  noneDropped: 'None: every question of the version before continues.',
  save: 'Save the links',
  saved: 'Links saved.',
  problemsTitle: (n: number) => (n === 1 ? '1 problem: the links were not saved' : `${n} problems: the links were not saved`),
  problems: {
    kind_mismatch: 'This kind does not fit: a new question has no predecessor, every other kind needs one.',
    unknown_question: 'This version has no such question.',
    unknown_predecessor: 'The version before has no such question.',
    duplicate_question: 'This question is linked more than once.',
    shared_predecessor: 'Several questions come from the same question: mark each of them “split from”, or link only one.',
    question_unlinked: 'A question of this version has no link.',
    predecessor_unlinked: 'A question of the version before is not accounted for.',
  } as Record<string, string>,
  back: 'Back to the questionnaire',
};

export type LinkStrings = typeof en;

const fr: LinkStrings = {
  link: 'Liens entre questions',
  linkFor: (version: number) => `Liens entre questions de la version ${version}`,
  title: (title: string, version: number) => `Liens entre questions : ${title}, version ${version}`,
  intro: (version: number, previous: number) =>
    `Chaque question de la version ${version} est reliée à la question de la version ${previous} qu’elle continue, pour qu’une comparaison entre vagues sache qu’elles demandent la même chose. Un thème compté à partir d’une question posée à une seule vague n’est pas lu comme un changement des besoins.`,
  first: 'La première version n’a rien avant elle : toutes ses questions sont nouvelles.',
  proposed: 'Proposés d’après les différences entre les deux versions; personne ne les a encore confirmés.',
  confirmed: 'Confirmés par un chercheur ou une chercheuse.',
  frozen: 'Cette version est publiée : ses liens sont figés avec elle.',
  question: (version: number) => `Question (version ${version})`,
  predecessor: (version: number) => `Vient de (version ${version})`,
  kind: 'Type',
  none: 'Rien : une nouvelle question',
  kinds: {
    kept: 'conservée',
    renamed: 'renommée',
    rewritten: 'reformulée',
    choices_added: 'choix ajoutés',
    choices_removed: 'choix retirés',
    split: 'scindée de',
    new: 'nouvelle',
    dropped: 'retirée',
  },
  predecessorOf: (question: string) => `D’où vient ${question}`,
  kindOf: (question: string) => `Type de lien pour ${question}`,
  dropped: (version: number) => `Questions de la version ${version} qui ne sont plus posées`,
  noneDropped: 'Aucune : toutes les questions de la version précédente continuent.',
  save: 'Enregistrer les liens',
  saved: 'Liens enregistrés.',
  problemsTitle: (n: number) => (n <= 1 ? `${n} problème : les liens n’ont pas été enregistrés` : `${n} problèmes : les liens n’ont pas été enregistrés`),
  problems: {
    kind_mismatch: 'Ce type ne convient pas : une nouvelle question n’a pas de question d’origine, tous les autres types en demandent une.',
    unknown_question: 'Cette version n’a pas de telle question.',
    unknown_predecessor: 'La version précédente n’a pas de telle question.',
    duplicate_question: 'Cette question est reliée plus d’une fois.',
    shared_predecessor: 'Plusieurs questions viennent de la même question : marquez chacune « scindée de », ou n’en reliez qu’une.',
    question_unlinked: 'Une question de cette version n’a pas de lien.',
    predecessor_unlinked: 'Une question de la version précédente n’est pas prise en compte.',
  },
  back: 'Retour au questionnaire',
};

export const links = { en, fr };
