import { useEffect, useRef, useState } from 'react';
import type { AppStrings } from '../i18n/strings';
import { fill } from '../i18n/strings';

/** The kiosk's "are you still there?" warning, counting down to a reset. */
export function CountdownOverlay(props: { seconds: number; strings: AppStrings; onStay(): void; onExpire(): void }) {
  const { seconds, strings, onStay, onExpire } = props;
  const [left, setLeft] = useState(seconds);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    button.current?.focus();
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil(seconds - (Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(timer);
        onExpire();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, onExpire]);

  return (
    <div className="overlay" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
      <div className="dialog">
        <h2 id="idle-title">{strings.idleTitle}</h2>
        <p className="countdown-number" aria-hidden="true">{left}</p>
        <p id="idle-body" aria-live="polite">{fill(strings.idleBody, { n: left })}</p>
        <button ref={button} type="button" className="primary big" onClick={onStay}>{strings.stillHere}</button>
      </div>
    </div>
  );
}
