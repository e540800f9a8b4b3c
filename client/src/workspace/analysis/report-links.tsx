import type { Consultation } from '../shell/api-types';
import { useLocale } from '../shell/locale';
import { useAnalysisStrings } from './strings';

/** The strategy report (to open and print, or to download) and, for researchers, the raw exports. */
export function ReportLinks(props: { partnershipId: string; wave: string; audience: 'newcomers' | 'providers'; consultation: Consultation | undefined; showExportHint: boolean }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const report = (format: 'html' | 'markdown') =>
    `/api/analysis/report?${new URLSearchParams({ partnershipId: props.partnershipId, wave: props.wave, audience: props.audience, lang: locale, format })}`;
  const exportUrl = (kind: 'csv' | 'json') => `/api/consultations/${props.consultation!.id}/export.${kind}?lang=${locale}`;
  return (
    <section aria-labelledby="report-title" className="analysis-section">
      <h2 id="report-title">{s.results.reportTitle}</h2>
      <ul className="analysis-downloads">
        {props.wave ? (
          <>
            <li><a href={report('html')} target="_blank" rel="noopener">{s.results.reportHtml}</a></li>
            <li><a href={report('markdown')} download={`report-${props.wave}-${locale}.md`}>{s.results.reportMarkdown}</a></li>
          </>
        ) : (
          <li>{s.results.reportNeedsWave}</li>
        )}
        {props.consultation ? (
          <>
            <li><a href={exportUrl('csv')} download data-testid="export-csv">{s.results.exportCsv}</a></li>
            <li><a href={exportUrl('json')} download data-testid="export-json">{s.results.exportJson}</a></li>
          </>
        ) : (
          props.showExportHint && <li>{s.results.exportNeedsConsultation}</li>
        )}
      </ul>
    </section>
  );
}
