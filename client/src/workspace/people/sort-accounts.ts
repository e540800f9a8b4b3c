import type { Membership } from '../shell/types';

/** One person as GET /api/users lists them. */
export type Account = {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  memberships: Membership[];
  createdAt: string;
  lastSignInAt: string | null;
};

export type SortKey = 'name' | 'email' | 'isAdmin' | 'createdAt' | 'lastSignInAt';
export type Sort = { key: SortKey; ascending: boolean };

/**
 * Orders a copy of the list. Missing names and "never signed in" count as the smallest values,
 * so the newest sign-ins come first when that column is reversed. ISO dates compare as text.
 */
export function sortAccounts(accounts: readonly Account[], { key, ascending }: Sort, locale: string): Account[] {
  const text = (value: string | null) => value ?? '';
  const compare = (a: Account, b: Account): number => {
    switch (key) {
      case 'name': {
        if ((a.name === null) !== (b.name === null)) return a.name === null ? -1 : 1;
        return text(a.name).localeCompare(text(b.name), locale, { sensitivity: 'base' });
      }
      case 'email': return a.email.localeCompare(b.email, locale);
      case 'isAdmin': return Number(a.isAdmin) - Number(b.isAdmin);
      case 'createdAt': return a.createdAt.localeCompare(b.createdAt);
      case 'lastSignInAt': return text(a.lastSignInAt).localeCompare(text(b.lastSignInAt));
    }
  };
  // Ties keep the server's order (by email), whichever way the column runs.
  return accounts
    .map((account, index) => ({ account, index }))
    .sort((a, b) => (ascending ? 1 : -1) * compare(a.account, b.account) || a.index - b.index)
    .map(({ account }) => account);
}
