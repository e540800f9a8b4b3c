import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../components/error-message';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Member, Partnership } from '../shell/api-types';

/** Member organizations grouped by sector; writers add more (POST /api/partnerships/{id}/members). */
export function MembersSection({ partnership, editable }: { partnership: Partnership; editable: boolean }) {
  const t = useStrings();
  const p = t.partnerships;
  const queryClient = useQueryClient();
  const [organization, setOrganization] = useState('');
  const [sector, setSector] = useState('');
  const add = useMutation({
    mutationFn: () => api<Member>(`/api/partnerships/${partnership.id}/members`, { method: 'POST', body: { organization, sector } }),
    onSuccess: () => {
      setOrganization('');
      void queryClient.invalidateQueries({ queryKey: ['partnership', partnership.id] });
    },
  });
  const sectors = [...new Set(partnership.members.map((m) => m.sector))].sort((a, b) => a.localeCompare(b));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{p.members}</h2>
      {sectors.length === 0 && <p>{p.membersEmpty}</p>}
      {sectors.map((name) => (
        <div key={name}>
          <h3>{name}</h3>
          <ul>
            {partnership.members.filter((m) => m.sector === name).map((m) => <li key={m.id}>{m.organization}</li>)}
          </ul>
        </div>
      ))}
      {editable && (
        <form className="ws-form" onSubmit={submit} aria-labelledby="add-member-title">
          <h3 id="add-member-title">{p.addMember}</h3>
          <label>{p.organization}<input required maxLength={200} value={organization} onChange={(e) => setOrganization(e.target.value)} /></label>
          <label>
            {p.sector}
            <input required maxLength={100} list="sectors" value={sector} onChange={(e) => setSector(e.target.value)} />
            <datalist id="sectors">{sectors.map((name) => <option key={name} value={name} />)}</datalist>
          </label>
          <ErrorMessage error={add.error} />
          <div className="actions"><button type="submit" disabled={add.isPending}>{p.addButton}</button></div>
        </form>
      )}
    </section>
  );
}
