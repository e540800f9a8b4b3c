import { useId, useState } from 'react';
import { useStrings } from '../i18n/strings';

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

/** A SurveyJS document pasted or read from a file (SurveyJS Creator's saved JSON as is). */
export function SurveyJsonInput({ value, onChange }: { value: SurveyText; onChange(value: SurveyText): void }) {
  const t = useStrings();
  const q = t.questionnaires;
  const helpId = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setFileError(null);
      onChange(parseSurveyText(await file.text()));
    } catch (error) {
      setFileError((error as Error).message);
    }
  };
  return (
    <>
      <label>
        {q.chooseFile}
        <input type="file" accept="application/json,.json" onChange={(e) => void readFile(e.target.files?.[0])} />
      </label>
      <span className="help" id={helpId}>{q.surveyJsonHelp}</span>
      <label>
        {q.surveyJson}
        <textarea rows={14} spellCheck={false} aria-describedby={helpId} value={value.text} onChange={(e) => onChange(parseSurveyText(e.target.value))} />
      </label>
      {(value.parseError || fileError) && <p className="ws-error" role="alert">{q.notJson(value.parseError ?? fileError ?? '')}</p>}
    </>
  );
}
