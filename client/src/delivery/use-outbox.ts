import { useEffect, useState } from 'react';
import { countOutbox, onOutboxChange, type OutboxCounts } from '../storage/outbox';
import { deliverDue, nextDueAt } from './deliver';

/**
 * Keeps the delivery queue moving while the page is open: a pass at start, whenever the
 * browser says it is back online, whenever the queue changes, and when the next retry is due.
 * Returns the counts the screens show.
 */
export function useOutbox(): OutboxCounts {
  const [counts, setCounts] = useState<OutboxCounts>({ pending: 0, attention: 0 });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const refresh = async () => {
      try {
        const next = await countOutbox();
        if (!stopped) setCounts(next);
      } catch {
        // IndexedDB unavailable (some private modes): nothing can be queued either.
      }
    };

    const schedule = async () => {
      clearTimeout(timer);
      const due = await nextDueAt().catch(() => null);
      if (stopped || due === null) return;
      timer = setTimeout(() => void run(false), Math.max(0, due - Date.now()) + 50);
    };

    const run = async (force: boolean) => {
      await deliverDue(force).catch(() => undefined);
      await refresh();
      await schedule();
    };

    const onOnline = () => void run(true);
    const unsubscribe = onOutboxChange(() => {
      void refresh();
      void schedule();
    });
    window.addEventListener('online', onOnline);
    void run(false);
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('online', onOnline);
    };
  }, []);

  return counts;
}
