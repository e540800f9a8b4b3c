import type { FieldError } from '../shell/api';
import { useStrings } from '../i18n/strings';

export type SurveyProblem = FieldError & { path?: string };

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
