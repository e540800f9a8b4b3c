import type { FieldError } from '../shell/api';
import { useStrings } from '../i18n/strings';

export type SurveyProblem = FieldError & { path?: string };

/** What analysis will code in a questionnaire, by top-level question name. */
export interface CodingCoverage {
  openQuestions: string[];
  themedQuestions: string[];
}

/** Every problem the server found, each with its place in the JSON when it has one. */
export function ProblemList({ problems }: { problems: SurveyProblem[] | null }) {
  const t = useStrings();
  const q = t.questionnaires;
  if (problems === null) return null;
  if (problems.length === 0) return <p className="ws-notice" role="status">{q.noProblems}</p>;
  return (
    <div className="ws-error" role="alert">
      <p><strong>{q.problemsTitle(problems.length)}</strong></p>
      <ul className="problems">
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.message}
            {problem.path !== undefined && <> — {q.at} <code>{problem.path || '(root)'}</code></>}
            {problem.path === undefined && problem.code === 'unsupported_feature' && <> — {q.at} <code>{problem.field}</code></>}
            {problem.path === undefined && problem.code !== 'unsupported_feature' && problem.field !== 'survey' && <> — {q.question} <code>{problem.field}</code></>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What analysis will code, shown with the check: a questionnaire whose choices name no theme, or
 * with no free text, publishes fine and then gives an empty results page, so the author is told now.
 */
export function CodingSummary({ coding }: { coding: CodingCoverage | undefined }) {
  const q = useStrings().questionnaires;
  if (!coding) return null;
  const names = (list: string[]) => list.map((name, index) => <span key={name}>{index > 0 && ', '}<code>{name}</code></span>);
  return (
    <div className="ws-notice" role="status" aria-label={q.codingTitle}>
      <p><strong>{q.codingTitle}</strong></p>
      <ul>
        <li>{coding.themedQuestions.length > 0 ? <>{q.codingThemed} {names(coding.themedQuestions)}</> : q.codingNoThemes}</li>
        <li>{coding.openQuestions.length > 0 ? <>{q.codingOpen} {names(coding.openQuestions)}</> : q.codingNoOpen}</li>
      </ul>
    </div>
  );
}
