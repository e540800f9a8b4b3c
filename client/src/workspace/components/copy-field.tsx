import { useState } from 'react';
import { useStrings } from '../i18n/strings';

/** A value shown in full, with a button that copies it; the result is announced. */
export function CopyField({ value, label }: { value: string; label: string }) {
  const t = useStrings();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-field">
      <code>{value}</code>
      <button type="button" onClick={() => void copy()} aria-label={`${t.common.copy}: ${label}`}>{t.common.copy}</button>
      <span role="status" className="muted">{state === 'copied' ? t.common.copied : state === 'failed' ? t.common.copyFailed : ''}</span>
    </span>
  );
}
