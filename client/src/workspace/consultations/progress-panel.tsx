import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Count, Progress } from '../shell/api-types';

/** Counts refresh every 5 s while the page is open: staff watch a launch without reloading. */
export const PROGRESS_REFRESH_MS = 5_000;

/** Days shown at once: a consultation open for months would otherwise push everything below it off the screen. */
const RECENT_DAYS = 14;

function CountTable({ caption, keyLabel, counts, name }: { caption: string; keyLabel: string; counts: Count[]; name(key: string): string }) {
  const t = useStrings();
  return (
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
  );
}

function DayTable({ counts }: { counts: Count[] }) {
  const c = useStrings().consultations;
  const earlier = counts.slice(0, Math.max(0, counts.length - RECENT_DAYS));
  const recent = counts.slice(earlier.length);
  return (
    <div className="table-wrap">
      <CountTable caption={earlier.length ? c.recentDays(recent.length) : c.byDay} keyLabel={c.day} counts={recent} name={(key) => key} />
      {earlier.length > 0 && (
        <details>
          <summary>{c.earlierDays(earlier.length)}</summary>
          <CountTable caption={c.earlierDays(earlier.length)} keyLabel={c.day} counts={earlier} name={(key) => key} />
        </details>
      )}
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
              <div className="table-wrap"><CountTable caption={c.byCommunity} keyLabel={c.community} counts={progress.byCommunity} name={(key) => key} /></div>
              <div className="table-wrap"><CountTable caption={c.byLanguage} keyLabel={t.common.language} counts={progress.byLocale} name={(key) => `${c.languageName(key)} (${key})`} /></div>
              <div className="table-wrap"><CountTable caption={c.byChannel} keyLabel={c.byChannel} counts={progress.byChannel} name={(key) => c.channels[key] ?? key} /></div>
              <DayTable counts={progress.byDay} />
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
