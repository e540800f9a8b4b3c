import { useId, useState } from 'react';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';

/** The text of the JSON and, when it parses to an object, that object. */
export type SurveyText = { text: string; survey: Record<string, unknown> | null; parseError: string | null };

export function parseSurveyText(text: string): SurveyText {
  if (!text.trim()) return { text, survey: null, parseError: null };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { text, survey: null, parseError: 'not an object' };
    return { text, survey: value as Record<string, unknown>, parseError: null };
  } catch (error) {
    return { text, survey: null, parseError: (error as Error).message };
  }
}

type NotConverted = { sheet?: string; row?: number; column?: string; question?: string; reason: string };
type Converted = { survey: Record<string, unknown>; notConverted: NotConverted[] };

/** XLSForm and LimeSurvey files are converted by the server; anything else is read as JSON. */
const IMPORTED = /\.(xlsx|lss)$/i;

async function convertOnServer(file: File): Promise<Converted> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return api<Converted>('/api/questionnaires/check', { method: 'POST', body: { import: { file: btoa(binary), fileName: file.name } } });
}

function place(item: NotConverted): string {
  return [item.sheet, item.row === undefined ? undefined : `row ${item.row}`, item.column, item.question].filter(Boolean).join(', ');
}

/**
 * A SurveyJS document pasted or read from a file: SurveyJS Creator's saved JSON as is, or an
 * XLSForm or LimeSurvey file converted to SurveyJS JSON, shown in the text area with what did
 * not convert, so the author checks and saves it like any other.
 */
export function SurveyJsonInput({ value, onChange }: { value: SurveyText; onChange(value: SurveyText): void }) {
  const t = useStrings();
  const q = t.questionnaires;
  const helpId = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const [converting, setConverting] = useState(false);
  const [notConverted, setNotConverted] = useState<NotConverted[]>([]);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setFileError(null);
      setNotConverted([]);
      if (!IMPORTED.test(file.name)) return onChange(parseSurveyText(await file.text()));
      setConverting(true);
      const converted = await convertOnServer(file);
      setNotConverted(converted.notConverted);
      onChange(parseSurveyText(JSON.stringify(converted.survey, null, 2)));
    } catch (error) {
      setFileError((error as Error).message);
    } finally {
      setConverting(false);
    }
  };
  return (
    <>
      <label>
        {q.chooseFile}
        <input type="file" accept="application/json,.json,.xlsx,.lss" onChange={(e) => void readFile(e.target.files?.[0])} />
      </label>
      <span className="help" id={helpId}>{q.surveyJsonHelp}</span>
      <label>
        {q.surveyJson}
        <textarea rows={14} spellCheck={false} aria-describedby={helpId} value={value.text} onChange={(e) => onChange(parseSurveyText(e.target.value))} />
      </label>
      {converting && <p role="status">{q.converting}</p>}
      {fileError && <p className="ws-error" role="alert">{fileError}</p>}
      {value.parseError && <p className="ws-error" role="alert">{q.notJson(value.parseError)}</p>}
      {notConverted.length > 0 && (
        <section className="not-converted" aria-label={q.notConvertedTitle(notConverted.length)}>
          <h3>{q.notConvertedTitle(notConverted.length)}</h3>
          <ul>
            {notConverted.map((item, index) => (
              <li key={index}>
                {place(item) && <strong>{place(item)}: </strong>}
                {item.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
