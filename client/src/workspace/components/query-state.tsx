import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useStrings } from '../i18n/strings';
import { ErrorMessage } from './error-message';

/** Loading, error or the data: the three states every screen reading the API goes through. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children(data: T): ReactNode }) {
  const t = useStrings();
  if (query.isPending) return <p className="ws-loading" role="status">{t.common.loading}</p>;
  if (query.isError) {
    return (
      <>
        <ErrorMessage error={query.error} />
        <button type="button" onClick={() => void query.refetch()}>{t.common.retry}</button>
      </>
    );
  }
  return <>{children(query.data)}</>;
}
