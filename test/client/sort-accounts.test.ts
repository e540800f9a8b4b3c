import { describe, expect, it } from 'vitest';
import { sortAccounts, type Account, type Sort } from '../../client/src/workspace/people/sort-accounts';

const person = (email: string, name: string | null, isAdmin: boolean, createdAt: string, lastSignInAt: string | null): Account =>
  ({ id: email, email, name, isAdmin, memberships: [], createdAt, lastSignInAt });

// As the server sends them: by email.
const PEOPLE = [
  person('amira@example.org', 'Amira Haddad', false, '2026-11-02T09:00:00.000Z', '2026-12-01T08:00:00.000Z'),
  person('bob@example.org', null, true, '2026-11-01T09:00:00.000Z', null),
  person('chloe@example.org', 'Chloé Martin', false, '2026-11-03T09:00:00.000Z', '2026-12-02T17:30:00.000Z'),
  person('dan@example.org', 'dan wu', false, '2026-11-03T09:00:00.000Z', null),
];

describe('sorting the people list', () => {
  it.each<[Sort, string[]]>([
    [{ key: 'email', ascending: true }, ['amira', 'bob', 'chloe', 'dan']],
    [{ key: 'email', ascending: false }, ['dan', 'chloe', 'bob', 'amira']],
    // No name first, then case- and accent-insensitive.
    [{ key: 'name', ascending: true }, ['bob', 'amira', 'chloe', 'dan']],
    [{ key: 'isAdmin', ascending: false }, ['bob', 'amira', 'chloe', 'dan']],
    // Equal dates keep the server's order in both directions.
    [{ key: 'createdAt', ascending: true }, ['bob', 'amira', 'chloe', 'dan']],
    [{ key: 'createdAt', ascending: false }, ['chloe', 'dan', 'amira', 'bob']],
    // Newest sign-in first; never signed in last.
    [{ key: 'lastSignInAt', ascending: false }, ['chloe', 'amira', 'bob', 'dan']],
    [{ key: 'lastSignInAt', ascending: true }, ['bob', 'dan', 'amira', 'chloe']],
  ])('orders by %o', (sort, expected) => {
    expect(sortAccounts(PEOPLE, sort, 'en').map((p) => p.email.split('@')[0])).toEqual(expected);
  });

  it('leaves the list it was given as it was', () => {
    const before = PEOPLE.map((p) => p.email);
    sortAccounts(PEOPLE, { key: 'name', ascending: false }, 'fr');
    expect(PEOPLE.map((p) => p.email)).toEqual(before);
  });
});
