import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ExitPin } from '../api';
import type { AppStrings } from '../i18n/strings';
import { pinMatches } from '../kiosk/sha256';

/** Staff-only exit from kiosk mode. */
export function PinDialog(props: { exitPin: ExitPin; strings: AppStrings; onExit(): void; onCancel(): void }) {
  const { exitPin, strings, onExit, onCancel } = props;
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pinMatches(pin, exitPin)) onExit();
    else {
      setWrong(true);
      setPin('');
      input.current?.focus();
    }
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="pin-title">
      <form className="dialog" onSubmit={submit}>
        <h2 id="pin-title">{strings.pinTitle}</h2>
        <label htmlFor="staff-pin">{strings.pinLabel}</label>
        <input ref={input} id="staff-pin" type="password" inputMode="numeric" autoComplete="off"
          value={pin} onChange={(event) => setPin(event.target.value)}
          aria-invalid={wrong} aria-describedby={wrong ? 'pin-error' : undefined} />
        {wrong ? <p id="pin-error" className="error" role="alert">{strings.pinWrong}</p> : null}
        <div className="actions">
          <button type="button" onClick={onCancel}>{strings.cancel}</button>
          <button type="submit" className="primary">{strings.pinSubmit}</button>
        </div>
      </form>
    </div>
  );
}
