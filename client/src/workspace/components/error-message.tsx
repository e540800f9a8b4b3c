import { ApiError } from '../shell/api';
import { useStrings } from '../i18n/strings';

/** An API or network error as the server worded it, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  const t = useStrings();
  if (!error) return null;
  const message = error instanceof Error ? error.message : t.common.errorTitle;
  const fields = error instanceof ApiError ? error.fields ?? [] : [];
  return (
    <div className="ws-error" role="alert">
      <p>{message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((field, index) => (
            <li key={index}><code>{field.field}</code>: {field.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
