import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../components/query-state';
import { api } from '../shell/api';
import { useLocale } from '../shell/locale';
import type { AgreementResponse, AgreementSide } from './api-types';
import { useAnalysisStrings } from './strings';
import { themeName } from './theme-labels';

const figure = (value: number | null | undefined, locale: string) =>
  value === null || value === undefined ? '–' : new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);

/** Kappa per theme and alpha, machine against people and between two people, from GET …/agreement. */
export function AgreementPanel({ consultationId }: { consultationId: string }) {
  const s = useAnalysisStrings();
  const result = useQuery({ queryKey: ['agreement', consultationId], queryFn: () => api<AgreementResponse>(`/api/consultations/${consultationId}/agreement`) });
  return (
    <section aria-labelledby="agreement-title" className="review-agreement" data-testid="agreement">
      <h2 id="agreement-title">{s.agreement.title}</h2>
      <p className="analysis-help">{s.agreement.help}</p>
      <QueryState query={result}>
        {(data) => (
          <>
            <Side title={s.agreement.machine} side={data.machineVsHuman} />
            <Side title={s.agreement.people} side={data.humanVsHuman} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function Side({ title, side }: { title: string; side: AgreementSide }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const rows = side.kappa.filter((row) => row.kappa !== null);
  const alpha = new Map(side.alpha.map((row) => [row.theme, row.alpha]));
  return (
    <>
      <h3>{title} — {s.agreement.answers(side.answers)}</h3>
      {rows.length === 0 ? (
        <p>{s.agreement.none}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="analysis-table">
            <thead>
              <tr>
                <th scope="col">{s.agreement.theme}</th>
                <th scope="col" className="num">{s.agreement.kappa}</th>
                <th scope="col" className="num">{s.agreement.alpha}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.theme}>
                  <th scope="row">{themeName(row.theme, locale)}</th>
                  <td className="num">{figure(row.kappa, locale)}</td>
                  <td className="num">{figure(alpha.get(row.theme), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
