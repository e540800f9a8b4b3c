import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { api, ApiError } from '../shell/api';
import type { Consultation } from '../shell/api-types';
import { useLocale } from '../shell/locale';
import { AgreementPanel } from './agreement-panel';
import type { ReviewItem, ReviewQueue } from './api-types';
import { BulkAccept } from './bulk-accept';
import { useAnalysisStrings } from './strings';
import { themeName } from './theme-labels';
import { ThemeSearch } from './theme-search';

type Choice = 'accept' | 'reject';

/**
 * The review queue, made to be worked through with the keyboard alone: one key per action
 * (legend on screen), the machine's suggestions with their confidence, what other reviewers
 * decided, the taxonomy searchable in English and French, and the agreement figures beside it.
 */
export function ReviewPage() {
  const s = useAnalysisStrings();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const scope = params.get('scope') === 'second' ? 'second' : 'pending';
  const queryClient = useQueryClient();
  const consultation = useQuery({ queryKey: ['consultation', id], queryFn: () => api<Consultation>(`/api/consultations/${id}`) });
  const queue = useQuery({ queryKey: ['review', id, scope], queryFn: () => api<ReviewQueue>(`/api/consultations/${id}/review?limit=50&scope=${scope}`) });
  const refused = queue.error instanceof ApiError && queue.error.status === 403;

  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ['review', id] });
    void queryClient.invalidateQueries({ queryKey: ['agreement', id] });
  }, [queryClient, id]);

  return (
    <div className="analysis-page review-page">
      <p><Link to={`/workspace/consultations/${id}`}>{s.review.back}</Link></p>
      <h1>
        {s.review.title}
        {consultation.data && <span className="analysis-sub">{consultation.data.title}</span>}
      </h1>
      {refused ? (
        <p className="ws-error" role="alert" data-testid="review-refused">{s.review.refused}</p>
      ) : queue.isError ? (
        <ErrorMessage error={queue.error} />
      ) : (
        <>
          <div className="review-counts" role="status" aria-live="polite" data-testid="pending-count">
            {queue.data && (scope === 'pending' ? s.review.pending(queue.data.pending) : s.review.secondPending(queue.data.secondPending))}
          </div>
          <fieldset className="review-scope">
            <legend>{s.review.scope}</legend>
            {(['pending', 'second'] as const).map((value) => (
              <label key={value}>
                <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setParams(value === 'second' ? { scope: value } : {}, { replace: true })} />
                {value === 'pending' ? s.review.scopePending : s.review.scopeSecond}
              </label>
            ))}
          </fieldset>
          <div className="review-layout">
            <div className="review-main">
              {queue.isPending ? <p role="status">…</p> : queue.data && <Queue consultationId={id} items={queue.data.items} onSaved={refresh} />}
            </div>
            <aside className="review-side">
              <KeyLegend />
              {scope === 'pending' && <BulkAccept consultationId={id} onDone={refresh} />}
              <AgreementPanel consultationId={id} />
            </aside>
          </div>
        </>
      )}
    </div>
  );
}

function KeyLegend() {
  const s = useAnalysisStrings();
  return (
    <section aria-labelledby="keys-title" className="review-keys">
      <h2 id="keys-title">{s.review.keys}</h2>
      <dl>
        {s.review.keyLegend.map(([key, meaning]) => (
          <div key={key}>
            <dt><kbd>{key}</kbd></dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Keys typed into a field are words, not commands (radio buttons and checkboxes take no text). */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName) || (target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type)));

function Queue({ consultationId, items, onSaved }: { consultationId: string; items: ReviewItem[]; onSaved(): void }) {
  const s = useAnalysisStrings();
  const [index, setIndex] = useState(0);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [added, setAdded] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const current = items[Math.min(index, items.length - 1)];
  const codes = current ? [...current.suggestions, ...current.accepted] : [];

  useEffect(() => {
    setChoices({});
    setAdded([]);
  }, [current?.responseId, current?.question]);
  useEffect(() => {
    if (index > 0 && index >= items.length) setIndex(Math.max(0, items.length - 1));
  }, [index, items.length]);

  const save = useMutation({
    mutationFn: (decisions: Array<{ action: 'accept' | 'reject' | 'add'; theme: string }>) =>
      api(`/api/consultations/${consultationId}/review`, { method: 'POST', body: { responseId: current!.responseId, question: current!.question, decisions } }),
    onSuccess: () => {
      setNotice(s.review.saved);
      onSaved();
    },
  });

  const apply = useCallback(() => {
    if (!current || save.isPending) return;
    const decisions = [
      ...Object.entries(choices).map(([theme, action]) => ({ action, theme })),
      ...added.filter((theme) => !(theme in choices)).map((theme) => ({ action: 'add' as const, theme })),
    ];
    if (decisions.length === 0) return setNotice(s.review.nothingToApply);
    save.mutate(decisions);
  }, [current, choices, added, save, s]);

  const cycle = useCallback((theme: string) => {
    setChoices((previous) => {
      const next = { ...previous };
      if (!next[theme]) next[theme] = 'accept';
      else if (next[theme] === 'accept') next[theme] = 'reject';
      else delete next[theme];
      return next;
    });
  }, []);
  const all = useCallback((action: Choice) => setChoices(Object.fromEntries(codes.map((code) => [code.theme, action]))), [codes]);
  const move = useCallback((step: number) => {
    setNotice('');
    setIndex((i) => Math.min(Math.max(0, i + step), Math.max(0, items.length - 1)));
  }, [items.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const target = event.target as HTMLElement | null;
      const onControl = target && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
      const key = event.key;
      if (key === 'j') move(1);
      else if (key === 'k') move(-1);
      else if (key === 'a') all('accept');
      else if (key === 'r') all('reject');
      else if (key === '/') searchRef.current?.focus();
      else if (key === 'Enter' && !onControl) apply();
      else if (/^[1-9]$/.test(key) && codes[Number(key) - 1]) cycle(codes[Number(key) - 1]!.theme);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [move, all, apply, cycle, codes]);

  if (!current) return <p>{s.review.empty}</p>;
  return (
    <section aria-labelledby="answer-title" className="review-item" data-testid="review-item">
      <h2 id="answer-title">{s.review.position(Math.min(index, items.length - 1) + 1, items.length)}</h2>
      <dl className="review-meta">
        <div><dt>{s.review.question}</dt><dd><code>{current.question}</code></dd></div>
        <div><dt>{s.review.language}</dt><dd>{current.locale}</dd></div>
        <div><dt>{s.review.community}</dt><dd>{current.community}</dd></div>
      </dl>
      <blockquote className="review-answer" lang={current.locale} dir="auto" data-testid="review-answer">{current.text}</blockquote>
      <Decisions codes={codes} choices={choices} onCycle={cycle} />
      <ThemeSearch
        inputRef={searchRef}
        chosen={added}
        onAdd={(theme) => setAdded((list) => (list.includes(theme) ? list : [...list, theme]))}
        onRemove={(theme) => setAdded((list) => list.filter((t) => t !== theme))}
      />
      <OthersDecisions item={current} />
      <div className="review-actions">
        <button type="button" onClick={() => move(-1)} disabled={index === 0}>{s.review.previous} <kbd>k</kbd></button>
        <button type="button" onClick={() => move(1)} disabled={index >= items.length - 1}>{s.review.next} <kbd>j</kbd></button>
        <button type="button" className="primary" onClick={apply} disabled={save.isPending}>{s.review.apply} <kbd>Enter</kbd></button>
      </div>
      <p role="status" aria-live="polite" className="review-notice">{notice}</p>
      {save.isError && <ErrorMessage error={save.error} />}
    </section>
  );
}

function Decisions({ codes, choices, onCycle }: { codes: ReviewItem['suggestions']; choices: Record<string, Choice>; onCycle(theme: string): void }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  if (codes.length === 0) return <p>{s.review.noSuggestions}</p>;
  return (
    <section aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">{s.review.suggestions}</h3>
      <ol className="review-codes">
        {codes.map((code, i) => {
          const choice = choices[code.theme];
          return (
            <li key={code.theme} data-choice={choice ?? 'none'}>
              <button type="button" onClick={() => onCycle(code.theme)}>
                <kbd aria-hidden="true">{i + 1}</kbd> <span>{themeName(code.theme, locale)}</span>{' '}
                <span className="analysis-sub">{s.review.confidence(code.confidence)}</span>{' '}
                <strong className="review-choice">{choice === 'accept' ? `✓ ${s.review.accept}` : choice === 'reject' ? `✗ ${s.review.reject}` : s.review.undecided}</strong>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function OthersDecisions({ item }: { item: ReviewItem }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  return (
    <section aria-labelledby="others-title" className="review-others">
      <h3 id="others-title">{s.review.others}</h3>
      {item.decisions.length === 0 ? (
        <p>{s.review.noOthers}</p>
      ) : (
        <ul>
          {item.decisions.map((decision) => (
            <li key={`${decision.reviewer}-${decision.theme}`}>{s.review.decided(decision.mine ? s.review.you : decision.name, decision.action, themeName(decision.theme, locale))}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
