import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage } from '../components/error-message';
import { api } from '../shell/api';
import { useAnalysisStrings } from './strings';

/** Accepts the suggestions of every waiting answer whose suggestions all reach the chosen confidence. */
export function BulkAccept({ consultationId, onDone }: { consultationId: string; onDone(): void }) {
  const s = useAnalysisStrings();
  const [percent, setPercent] = useState(40);
  const run = useMutation({
    mutationFn: () => api<{ accepted: number }>(`/api/consultations/${consultationId}/review/bulk-accept`, { method: 'POST', body: { minConfidence: percent / 100 } }),
    onSuccess: onDone,
  });
  return (
    <section aria-labelledby="bulk-title" className="review-bulk">
      <h2 id="bulk-title">{s.review.bulkTitle}</h2>
      <p className="analysis-help" id="bulk-help">{s.review.bulkHelp}</p>
      <form onSubmit={(event) => { event.preventDefault(); run.mutate(); }}>
        <label htmlFor="bulk-threshold">{s.review.bulkThreshold} (%)</label>
        <input id="bulk-threshold" type="number" min={0} max={100} step={5} value={percent} aria-describedby="bulk-help" onChange={(event) => setPercent(Number(event.target.value))} />
        <button type="submit" disabled={run.isPending}>{s.review.bulkButton}</button>
      </form>
      <p role="status" aria-live="polite">{run.data && s.review.bulkDone(run.data.accepted)}</p>
      {run.isError && <ErrorMessage error={run.error} />}
    </section>
  );
}
