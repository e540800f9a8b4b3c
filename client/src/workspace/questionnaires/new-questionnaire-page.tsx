import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Partnership, Questionnaire } from '../shell/api-types';
import { canWrite, useSession } from '../shell/session';
import { CodingSummary, ProblemList } from './problem-list';
import { parseSurveyText, SurveyJsonInput } from './survey-json-input';
import { useSurveyCheck } from './use-survey-check';

export function NewQuestionnairePage() {
  const t = useStrings();
  const q = t.questionnaires;
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const partnerships = useQuery({ queryKey: ['partnerships'], queryFn: () => api<{ partnerships: Partnership[] }>('/api/partnerships') });
  const writable = (partnerships.data?.partnerships ?? []).filter((p) => canWrite(session, p.id));
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [json, setJson] = useState(parseSurveyText(''));
  const check = useSurveyCheck();
  const ownerId = owner || (session.isAdmin ? '' : writable[0]?.id ?? '');

  const save = useMutation({
    mutationFn: () => api<Questionnaire>('/api/questionnaires', {
      method: 'POST',
      body: { key, title, partnershipId: ownerId || null, survey: json.survey },
    }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['questionnaires'] });
      navigate(`/workspace/questionnaires/${created.id}`);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (json.survey) save.mutate();
  };

  return (
    <section>
      <h1>{q.newTitle}</h1>
      <form className="ws-form" onSubmit={submit}>
        <label>
          {q.title}
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {q.key}
          <input required pattern="[a-z0-9][a-z0-9\-]{1,62}" aria-describedby="key-help" value={key} onChange={(e) => setKey(e.target.value)} />
        </label>
        <span className="help" id="key-help">{q.keyHelp}</span>
        <label>
          {q.owner}
          <select value={ownerId} onChange={(e) => setOwner(e.target.value)}>
            {session.isAdmin && <option value="">{q.shared}</option>}
            {writable.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <SurveyJsonInput value={json} onChange={(value) => { setJson(value); check.reset(); }} />
        <ProblemList problems={check.data?.problems ?? null} />
        <CodingSummary coding={check.data?.coding} />
        <ErrorMessage error={check.error ?? save.error} />
        <div className="actions">
          <button type="button" disabled={!json.survey || check.isPending} onClick={() => json.survey && check.mutate(json.survey)}>{q.check}</button>
          <button type="submit" className="primary" disabled={!json.survey || save.isPending}>{q.saveDraft}</button>
        </div>
      </form>
    </section>
  );
}
