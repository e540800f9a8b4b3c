/** The global admins' list of everyone with an account (/workspace/people). */
const en = {
  title: 'People',
  intro: 'Everyone who has an account on this server, with their roles in each partnership. Only global admins see this list.',
  caption: (count: number) => `${count} ${count === 1 ? 'person' : 'people'} with an account`,
  sortHelp: 'Choose a column heading to sort by it; choose it again to reverse the order.',
  name: 'Name',
  email: 'Email',
  globalAdmin: 'Global admin',
  memberships: 'Partnerships and roles',
  created: 'Account created',
  lastSignIn: 'Last sign-in',
  yes: 'Yes',
  no: 'No',
  noName: 'No name given',
  noMemberships: 'No partnership',
  never: 'Never',
  sortBy: (column: string) => `Sort by ${column}`,
  empty: 'Nobody has an account yet.',
  adminsOnly: 'Only a global admin can see everyone who has an account. A partnership’s researchers find its people on the partnership’s page.',
};

export type PeopleStrings = typeof en;

const fr: PeopleStrings = {
  title: 'Personnes',
  intro: 'Toutes les personnes qui ont un compte sur ce serveur, avec leurs rôles dans chaque partenariat. Seul·es les admins globaux voient cette liste.',
  caption: (count) => `${count} ${count <= 1 ? 'personne' : 'personnes'} avec un compte`,
  sortHelp: 'Choisissez un en-tête de colonne pour trier selon celle-ci ; choisissez-le de nouveau pour inverser l’ordre.',
  name: 'Nom',
  email: 'Courriel',
  globalAdmin: 'Admin global',
  memberships: 'Partenariats et rôles',
  created: 'Compte créé le',
  lastSignIn: 'Dernière connexion',
  yes: 'Oui',
  no: 'Non',
  noName: 'Aucun nom donné',
  noMemberships: 'Aucun partenariat',
  never: 'Jamais',
  sortBy: (column) => `Trier par ${column.toLowerCase()}`,
  empty: 'Personne n’a encore de compte.',
  adminsOnly: 'Seul·e un·e admin global peut voir toutes les personnes qui ont un compte. Les chercheur·es d’un partenariat en trouvent les personnes sur la page du partenariat.',
};

export const people = { en, fr };
