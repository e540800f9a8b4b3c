import { useMutation } from '@tanstack/react-query';
import { api } from '../shell/api';
import type { CodingCoverage, SurveyProblem } from './problem-list';

/** POST /api/questionnaires/check: the problems publishing would refuse and what analysis will code, nothing stored. */
export function useSurveyCheck() {
  return useMutation({
    mutationFn: (survey: Record<string, unknown>) =>
      api<{ problems: SurveyProblem[]; coding: CodingCoverage }>('/api/questionnaires/check', { method: 'POST', body: { survey } }),
  });
}
