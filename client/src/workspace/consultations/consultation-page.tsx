import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../components/confirm-dialog';
import { CopyField } from '../components/copy-field';
import { ErrorMessage } from '../components/error-message';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Consultation, ConsultationStatus } from '../shell/api-types';
import { canReadRaw, canWrite, useSession } from '../shell/session';
import { ProgressPanel } from './progress-panel';
import { QrImage } from './qr-image';

type Target = Exclude<ConsultationStatus, 'draft'>;

const NEXT: Record<ConsultationStatus, Target[]> = {
  draft: ['open', 'closed'],
  open: ['paused', 'closed'],
  paused: ['open', 'closed'],
  closed: [],
};

function Links({ consultation }: { consultation: Consultation }) {
  const t = useStrings();
  const c = t.consultations;
  const origin = window.location.origin;
  // With several communities, each has its own link; the shared one asks respondents to choose.
  const links = consultation.links.length > 1 ? consultation.links.filter((link) => link.community !== null) : consultation.links;
  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">{c.links}</h2>
      <div className="cards">
        {links.map((link) => {
          const community = link.community ?? consultation.communities[0] ?? c.allCommunities;
          return (
            <article key={link.slug} className="card">
              <h3>{community}</h3>
              <p>{c.phoneLink}<br /><CopyField value={`${origin}${link.url}`} label={`${c.phoneLink}, ${community}`} /></p>
              <p>{c.kioskLink}<br /><CopyField value={`${origin}${link.kiosk}`} label={`${c.kioskLink}, ${community}`} /></p>
              <QrImage slug={link.slug} label={c.qrCode(community)} />
              <p><a href={link.poster} target="_blank" rel="noopener">{c.openPoster}<span className="visually-hidden"> ({community})</span></a></p>
            </article>
          );
        })}
      </div>
    </section>
  );
}

function StatusActions({ consultation }: { consultation: Consultation }) {
  const t = useStrings();
  const c = t.consultations;
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Target | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (status: Target) => api<Consultation>(`/api/consultations/${consultation.id}/status`, { method: 'POST', body: { status } }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['consultation', consultation.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['consultations'] });
      setTarget(null);
      setDone(c.statusChanged(c.statuses[updated.status]));
    },
  });
  const actions = NEXT[consultation.status];
  if (actions.length === 0) return null;
  const label = (status: Target) => (status === 'open' && consultation.status === 'paused' ? c.reopen : c.statusActions[status]);
  return (
    <>
      <div className="actions">
        {actions.map((status) => (
          <button key={status} type="button" className={status === 'closed' ? 'danger' : ''} onClick={() => { change.reset(); setTarget(status); }}>
            {label(status)}
          </button>
        ))}
      </div>
      <p role="status" className="muted">{done}</p>
      <ConfirmDialog
        open={target !== null}
        title={target ? c.confirmTitle[target] : ''}
        confirmLabel={target ? label(target) : ''}
        danger={target === 'closed'}
        busy={change.isPending}
        onConfirm={() => target && change.mutate(target)}
        onCancel={() => setTarget(null)}
      >
        <p>{target ? c.confirmBody[target] : ''}</p>
        <ErrorMessage error={change.error} />
      </ConfirmDialog>
    </>
  );
}

export function ConsultationPage() {
  const t = useStrings();
  const c = t.consultations;
  const session = useSession();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['consultation', id], queryFn: () => api<Consultation>(`/api/consultations/${id}`) });
  return (
    <QueryState query={query}>
      {(consultation) => (
        <section>
          <h1>{consultation.title}</h1>
          <p>
            <span className="status">{c.statuses[consultation.status]}</span>{' '}
            {c.wave} {consultation.wave} · {c.audiences[consultation.audience]} · {consultation.locales.join(', ')}
          </p>
          {canWrite(session, consultation.partnershipId) && <StatusActions consultation={consultation} />}
          <ProgressPanel consultationId={consultation.id} />
          {canReadRaw(session, consultation.partnershipId) && (
            <p className="actions">
              <Link to={`/workspace/consultations/${consultation.id}/review`}>{c.reviewAnswers}</Link>
              <Link to={`/workspace/consultations/${consultation.id}/responses`}>{c.rawAnswers}</Link>
              <a href={`/api/consultations/${consultation.id}/export.csv`} download>{c.exportCsv}</a>
              <a href={`/api/consultations/${consultation.id}/export.json`} download>{c.exportJson}</a>
            </p>
          )}
          <Links consultation={consultation} />
        </section>
      )}
    </QueryState>
  );
}
