import type { OutboxCounts } from '../storage/outbox';
import type { AppStrings } from '../i18n/strings';
import { fill } from '../i18n/strings';

/** Says how many responses wait on this device; hidden when none do. */
export function QueueStatus(props: { counts: OutboxCounts; strings: AppStrings; onOpen?: () => void }) {
  const { counts, strings, onOpen } = props;
  if (counts.pending === 0 && counts.attention === 0) return null;
  const waiting = counts.pending + counts.attention;
  const text = [
    waiting === 1 ? strings.queueWaitingOne : fill(strings.queueWaitingMany, { n: waiting }),
    counts.attention > 0 ? fill(strings.queueAttention, { n: counts.attention }) : null,
  ].filter(Boolean).join(' · ');
  return (
    <div className="queue-status" role="status" data-pending={counts.pending} data-attention={counts.attention}>
      {onOpen ? <button type="button" className="link-button" onClick={onOpen}>{text}</button> : text}
    </div>
  );
}
