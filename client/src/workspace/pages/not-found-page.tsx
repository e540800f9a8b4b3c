import { Link } from 'react-router';
import { useStrings } from '../i18n/strings';

export function NotFoundPage() {
  const t = useStrings();
  return (
    <section>
      <h1>{t.common.notFoundTitle}</h1>
      <p>{t.common.notFoundBody}</p>
      <p><Link to="/workspace">{t.common.backHome}</Link></p>
    </section>
  );
}
