import { useMutation } from '@tanstack/react-query';
import { api } from '../shell/api';
import type { SurveyProblem } from './problem-list';

/** POST /api/questionnaires/check: the problems publishing would refuse, nothing stored. */
export function useSurveyCheck() {
  return useMutation({
    mutationFn: (survey: Record<string, unknown>) =>
      api<{ problems: SurveyProblem[] }>('/api/questionnaires/check', { method: 'POST', body: { survey } }).then((body) => body.problems),
  });
}
