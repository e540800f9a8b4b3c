import { useEffect, useState } from 'react';
import { deliverDue } from '../delivery/deliver';
import type { AppStrings } from '../i18n/strings';
import { listOutbox, onOutboxChange, type OutboxEntry } from '../storage/outbox';

/**
 * What waits on this device. It shows when and in which state, never the answers, since on a
 * kiosk the next person could read them.
 */
export function QueuePage(props: { strings: AppStrings; onBack: (() => void) | null }) {
  const { strings, onBack } = props;
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    const refresh = () => void listOutbox().then(setEntries, () => setEntries([]));
    refresh();
    return onOutboxChange(refresh);
  }, []);

  const sendNow = async () => {
    setSending(true);
    await deliverDue(true).catch(() => undefined);
    setSending(false);
  };

  return (
    <section className="queue-page" aria-labelledby="queue-title">
      <h1 id="queue-title">{strings.queueTitle}</h1>
      {entries.length === 0 ? <p>{strings.queueEmpty}</p> : (
        <ul className="queue-list">
          {entries.map((entry) => (
            <li key={entry.id} data-state={entry.state}>
              <span className="when">{new Date(entry.createdAt).toLocaleString()}</span>{' '}
              <span className="state">{entry.state === 'attention' ? strings.queueNeedsAttention : strings.queuePending}</span>
              {entry.lastError ? <span className="detail"> — {entry.lastError}</span> : null}
              <code className="id">{entry.id.slice(0, 8)}</code>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        {onBack ? <button type="button" onClick={onBack}>{strings.back}</button> : null}
        {entries.some((entry) => entry.state === 'pending') ? (
          <button type="button" className="primary" disabled={sending} onClick={() => void sendNow()}>{strings.queueSendNow}</button>
        ) : null}
      </div>
    </section>
  );
}
