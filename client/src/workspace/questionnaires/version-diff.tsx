import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import { useLocale } from '../shell/locale';
import type { VersionSummary } from '../shell/api-types';

/** GET /api/questionnaires/{id}/diff, worded by the server in the workspace's language. */
export function VersionDiff({ questionnaireId, versions }: { questionnaireId: string; versions: VersionSummary[] }) {
  const t = useStrings();
  const q = t.questionnaires;
  const { locale } = useLocale();
  const numbers = versions.map((v) => v.version);
  const [from, setFrom] = useState(String(numbers.at(-2) ?? numbers[0] ?? ''));
  const [to, setTo] = useState(String(numbers.at(-1) ?? ''));
  const [shown, setShown] = useState<{ from: string; to: string } | null>(null);
  const diff = useQuery({
    queryKey: ['diff', questionnaireId, shown?.from, shown?.to, locale],
    queryFn: () => api<{ lines: string[] }>(`/api/questionnaires/${questionnaireId}/diff?from=${shown!.from}&to=${shown!.to}&lang=${locale}`),
    enabled: shown !== null,
  });
  if (numbers.length < 2) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown({ from, to });
  };
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">{q.diffTitle}</h2>
      <form className="actions" onSubmit={submit}>
        <label>{q.from}{' '}
          <select value={from} onChange={(e) => setFrom(e.target.value)}>{numbers.map((n) => <option key={n}>{n}</option>)}</select>
        </label>
        <label>{q.to}{' '}
          <select value={to} onChange={(e) => setTo(e.target.value)}>{numbers.map((n) => <option key={n}>{n}</option>)}</select>
        </label>
        <button type="submit">{q.showDiff}</button>
      </form>
      {shown && (
        <QueryState query={diff}>
          {({ lines }) => lines.length === 0 ? <p>{q.noChanges}</p> : (
            <ul className="diff-lines">{lines.map((line, index) => <li key={index}>{line}</li>)}</ul>
          )}
        </QueryState>
      )}
    </section>
  );
}
