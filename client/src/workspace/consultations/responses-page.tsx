import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';

type StoredResponse = {
  id: string;
  seq: number;
  community: string;
  locale: string;
  channel: string;
  answers: Record<string, unknown>;
  receivedOn: string;
};

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Raw answers, a page of 100 at a time. The server decides who may read them (403 for viewers
 * and other partnerships); this screen only shows what it was given, or why not.
 */
export function ResponsesPage() {
  const t = useStrings();
  const c = t.consultations;
  const { id = '' } = useParams();
  const query = useInfiniteQuery({
    queryKey: ['responses', id],
    queryFn: ({ pageParam }) => api<{ responses: StoredResponse[]; next: number | null }>(`/api/consultations/${id}/responses?limit=100&after=${pageParam}`),
    initialPageParam: 0,
    getNextPageParam: (page) => page.next ?? undefined,
  });
  const responses = query.data?.pages.flatMap((page) => page.responses) ?? [];
  return (
    <section>
      <h1>{c.rawAnswers}</h1>
      <p><Link to={`/workspace/consultations/${id}`}>{t.common.backHome}</Link></p>
      {query.isPending && <p role="status">{t.common.loading}</p>}
      <ErrorMessage error={query.error} />
      {query.isSuccess && responses.length === 0 && <p>{c.noneYet}</p>}
      {responses.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{c.day}</th>
                <th scope="col">{c.community}</th>
                <th scope="col">{t.common.language}</th>
                <th scope="col">{c.byChannel}</th>
                <th scope="col">{c.rawAnswers}</th>
              </tr>
            </thead>
            <tbody>
              {responses.map((response) => (
                <tr key={response.id}>
                  <td>{response.receivedOn}</td>
                  <td>{response.community}</td>
                  <td>{response.locale}</td>
                  <td>{c.channels[response.channel] ?? response.channel}</td>
                  <td>
                    <dl className="answers">
                      {Object.entries(response.answers).map(([name, value]) => (
                        <div key={name}><dt>{name}</dt><dd>{show(value)}</dd></div>
                      ))}
                    </dl>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.hasNextPage && (
        <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>{c.more}</button>
      )}
    </section>
  );
}
