import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import { useLocale } from '../shell/locale';
import { useSession } from '../shell/session';
import { sortAccounts, type Account, type Sort, type SortKey } from './sort-accounts';

function PeopleTable({ accounts }: { accounts: Account[] }) {
  const t = useStrings();
  const p = t.people;
  const { locale } = useLocale();
  const [sort, setSort] = useState<Sort>({ key: 'email', ascending: true });
  const sorted = sortAccounts(accounts, sort, locale);
  const columns: Array<{ key: SortKey; label: string }> = [
    { key: 'name', label: p.name },
    { key: 'email', label: p.email },
    { key: 'isAdmin', label: p.globalAdmin },
  ];
  const dates: Array<{ key: SortKey; label: string }> = [
    { key: 'createdAt', label: p.created },
    { key: 'lastSignInAt', label: p.lastSignIn },
  ];
  const header = ({ key, label }: { key: SortKey; label: string }) => {
    const active = sort.key === key;
    return (
      <th scope="col" key={key} aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : true })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  const date = (iso: string) => <time dateTime={iso}>{t.common.date(iso)}</time>;
  return (
    <>
      <p id="people-sort-help" className="muted">{p.sortHelp}</p>
      <div className="table-wrap">
        <table className="people-table" aria-describedby="people-sort-help">
          <caption>{p.caption(accounts.length)}</caption>
          <thead>
            <tr>
              {columns.map(header)}
              <th scope="col">{p.memberships}</th>
              {dates.map(header)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.name ?? <span className="muted">{p.noName}</span>}</th>
                <td>{account.email}</td>
                <td>{account.isAdmin ? p.yes : p.no}</td>
                <td>
                  {account.memberships.length === 0 ? p.noMemberships : (
                    <ul className="plain">
                      {account.memberships.map((m) => <li key={m.partnershipId}>{m.partnershipName}: {t.common.roles[m.role]}</li>)}
                    </ul>
                  )}
                </td>
                <td>{date(account.createdAt)}</td>
                <td data-testid="last-sign-in">{account.lastSignInAt ? date(account.lastSignInAt) : p.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** /workspace/people: everyone with an account, for global admins; the server refuses anyone else too. */
export function PeoplePage() {
  const t = useStrings();
  const session = useSession();
  const query = useQuery({
    queryKey: ['users'],
    queryFn: () => api<{ users: Account[] }>('/api/users'),
    enabled: session.isAdmin,
  });
  if (!session.isAdmin) {
    return (
      <section>
        <h1>{t.common.forbiddenTitle}</h1>
        <p role="alert">{t.people.adminsOnly}</p>
      </section>
    );
  }
  return (
    <section>
      <h1>{t.people.title}</h1>
      <p>{t.people.intro}</p>
      <QueryState query={query}>
        {({ users }) => (users.length === 0 ? <p>{t.people.empty}</p> : <PeopleTable accounts={users} />)}
      </QueryState>
    </section>
  );
}
