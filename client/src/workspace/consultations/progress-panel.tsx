import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Count, Progress } from '../shell/api-types';

/** Counts refresh every 5 s while the page is open: staff watch a launch without reloading. */
export const PROGRESS_REFRESH_MS = 5_000;

function CountTable({ caption, keyLabel, counts, name }: { caption: string; keyLabel: string; counts: Count[]; name(key: string): string }) {
  const t = useStrings();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead><tr><th scope="col">{keyLabel}</th><th scope="col" className="number">{t.consultations.count}</th></tr></thead>
        <tbody>
          {counts.length === 0 && <tr><td colSpan={2}>{t.consultations.noneYet}</td></tr>}
          {counts.map((count) => (
            <tr key={count.key}><th scope="row">{name(count.key)}</th><td className="number">{count.n}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProgressPanel({ consultationId }: { consultationId: string }) {
  const t = useStrings();
  const c = t.consultations;
  const query = useQuery({
    queryKey: ['progress', consultationId],
    queryFn: () => api<Progress>(`/api/consultations/${consultationId}/progress`),
    refetchInterval: PROGRESS_REFRESH_MS,
  });
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{c.progressTitle}</h2>
      <p className="muted">{c.progressLive}</p>
      <QueryState query={query}>
        {(progress) => (
          <>
            <dl className="figures">
              <div><dt>{c.total}</dt><dd data-testid="progress-total">{progress.total}</dd></div>
              <div><dt>{c.reviewPending}</dt><dd data-testid="progress-review">{progress.reviewPending}</dd></div>
            </dl>
            <div className="cards">
              <CountTable caption={c.byCommunity} keyLabel={c.community} counts={progress.byCommunity} name={(key) => key} />
              <CountTable caption={c.byLanguage} keyLabel={t.common.language} counts={progress.byLocale} name={(key) => `${c.languageName(key)} (${key})`} />
              <CountTable caption={c.byChannel} keyLabel={c.byChannel} counts={progress.byChannel} name={(key) => c.channels[key] ?? key} />
              <CountTable caption={c.byDay} keyLabel={c.day} counts={progress.byDay} name={(key) => key} />
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
