import { useEffect, useState } from 'react';
import type { AppStrings } from '../i18n/strings';
import { fill } from '../i18n/strings';

/** After submission: received, or saved on the device until a connection comes back. */
export function ThanksPage(props: { strings: AppStrings; queued: boolean; restartAfterSeconds: number | null; onStartOver: (() => void) | null }) {
  const { strings, queued, restartAfterSeconds, onStartOver } = props;
  const [left, setLeft] = useState(restartAfterSeconds);

  useEffect(() => {
    if (restartAfterSeconds === null || !onStartOver) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil(restartAfterSeconds - (Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(timer);
        onStartOver();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [restartAfterSeconds, onStartOver]);

  return (
    <section className="thanks-page" aria-labelledby="thanks-title">
      <h1 id="thanks-title">{strings.thanksTitle}</h1>
      <p className="thanks-state" data-queued={queued}>{queued ? strings.thanksQueued : strings.thanksBody}</p>
      {left !== null && onStartOver ? <p>{fill(strings.kioskNextIn, { n: left })}</p> : null}
      {onStartOver ? <button type="button" className="primary big" onClick={onStartOver}>{strings.startOver}</button> : null}
    </section>
  );
}
