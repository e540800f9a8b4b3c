import { useEffect, useRef, type ReactNode } from 'react';
import { useStrings } from '../i18n/strings';

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
};

/**
 * A modal confirmation on the browser's own <dialog>: it traps focus, Escape cancels, and focus
 * returns to the button that opened it.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, danger, busy, onConfirm, onCancel }: Props) {
  const t = useStrings();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="confirm-title" onCancel={(event) => { event.preventDefault(); onCancel(); }}>
      <h2 id="confirm-title">{title}</h2>
      <div>{children}</div>
      <div className="actions">
        <button type="button" className={danger ? 'danger primary' : 'primary'} disabled={busy} onClick={onConfirm}>{confirmLabel}</button>
        <button type="button" onClick={onCancel} autoFocus>{t.common.cancel}</button>
      </div>
    </dialog>
  );
}
