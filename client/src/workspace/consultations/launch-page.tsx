import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../components/error-message';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Consultation, Partnership, Questionnaire, Version, VersionSummary } from '../shell/api-types';
import { canWrite, useSession } from '../shell/session';
import { surveyLanguages } from './survey-languages';

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
}

export function LaunchPage() {
  const t = useStrings();
  const c = t.consultations;
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const partnerships = useQuery({ queryKey: ['partnerships'], queryFn: () => api<{ partnerships: Partnership[] }>('/api/partnerships') });
  const questionnaires = useQuery({ queryKey: ['questionnaires'], queryFn: () => api<{ questionnaires: Questionnaire[] }>('/api/questionnaires') });

  const writable = (partnerships.data?.partnerships ?? []).filter((p) => canWrite(session, p.id));
  const [partnershipId, setPartnershipId] = useState('');
  const [questionnaireId, setQuestionnaireId] = useState('');
  const [version, setVersion] = useState('');
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState<'newcomers' | 'providers'>('newcomers');
  const [wave, setWave] = useState(String(new Date().getFullYear()));
  const [communities, setCommunities] = useState<string[]>([]);
  const [locales, setLocales] = useState<string[]>([]);
  const [idle, setIdle] = useState('90');
  const [countdown, setCountdown] = useState('20');
  const [pin, setPin] = useState('');
  const [openNow, setOpenNow] = useState(true);

  const partnership = writable.find((p) => p.id === partnershipId);
  const available = (questionnaires.data?.questionnaires ?? []).filter((q) => q.partnershipId === null || q.partnershipId === partnershipId);

  const versions = useQuery({
    queryKey: ['questionnaire', questionnaireId],
    queryFn: () => api<Questionnaire & { versions: VersionSummary[] }>(`/api/questionnaires/${questionnaireId}`),
    enabled: questionnaireId !== '',
  });
  const published = (versions.data?.versions ?? []).filter((v) => v.status === 'published');
  const survey = useQuery({
    queryKey: ['version', questionnaireId, version],
    queryFn: () => api<Version>(`/api/questionnaires/${questionnaireId}/versions/${version}`),
    enabled: questionnaireId !== '' && version !== '',
  });
  const languages = survey.data ? surveyLanguages(survey.data.survey) : [];

  // Sensible defaults as choices narrow: the only partnership, the latest version, every community and language.
  useEffect(() => { if (!partnershipId && writable.length > 0) setPartnershipId(writable[0]!.id); }, [writable, partnershipId]);
  useEffect(() => { setCommunities(partnership?.communities ?? []); }, [partnership?.id]);
  useEffect(() => { setVersion(published.at(-1) ? String(published.at(-1)!.version) : ''); }, [versions.data]);
  useEffect(() => { setLocales(languages); }, [survey.data]);

  const launch = useMutation({
    mutationFn: () => api<Consultation>('/api/consultations', {
      method: 'POST',
      body: {
        partnershipId,
        questionnaire: questionnaireId,
        version: Number(version),
        title,
        audience,
        wave,
        communities,
        locales,
        status: openNow ? 'open' : 'draft',
        kiosk: {
          idleTimeoutSeconds: Number(idle),
          countdownSeconds: Number(countdown),
          ...(pin && { exitPin: pin }),
        },
      },
    }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['consultations'] });
      navigate(`/workspace/consultations/${created.id}`);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    launch.mutate();
  };

  return (
    <section>
      <h1>{c.launchTitle}</h1>
      <form className="ws-form" onSubmit={submit}>
        <label>
          {c.partnership}
          <select required value={partnershipId} onChange={(e) => { setPartnershipId(e.target.value); setQuestionnaireId(''); }}>
            {writable.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label>
          {c.questionnaire}
          <select required value={questionnaireId} onChange={(e) => setQuestionnaireId(e.target.value)}>
            <option value="">—</option>
            {available.map((q) => <option key={q.id} value={q.id}>{q.title} ({q.key})</option>)}
          </select>
        </label>
        {questionnaireId && versions.data && published.length === 0 && <p className="ws-error" role="alert">{c.noPublished}</p>}
        {published.length > 0 && (
          <label>
            {c.version}
            <select required value={version} onChange={(e) => setVersion(e.target.value)}>
              {published.map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}
            </select>
          </label>
        )}
        <label>
          {c.title}
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {c.audience}
          <select value={audience} onChange={(e) => setAudience(e.target.value as 'newcomers' | 'providers')}>
            <option value="newcomers">{c.audiences.newcomers}</option>
            <option value="providers">{c.audiences.providers}</option>
          </select>
        </label>
        <label>
          {c.wave}
          <input required maxLength={40} value={wave} onChange={(e) => setWave(e.target.value)} />
        </label>
        {partnership && (
          <fieldset>
            <legend>{c.communities}</legend>
            <span className="help">{c.communitiesHelp}</span>
            {partnership.communities.map((community) => (
              <label key={community}>
                <input type="checkbox" checked={communities.includes(community)} onChange={(e) => setCommunities(toggle(communities, community, e.target.checked))} />
                {community}
              </label>
            ))}
          </fieldset>
        )}
        {languages.length > 0 && (
          <fieldset>
            <legend>{c.languages}</legend>
            {languages.map((code) => (
              <label key={code}>
                <input type="checkbox" checked={locales.includes(code)} onChange={(e) => setLocales(toggle(locales, code, e.target.checked))} />
                <span lang={code}>{c.languageName(code)}</span> ({code})
              </label>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>{c.kiosk}</legend>
          <label className="stacked">
            {c.idleTimeout}
            <input type="number" min={10} max={3600} required value={idle} onChange={(e) => setIdle(e.target.value)} />
          </label>
          <label className="stacked">
            {c.countdown}
            <input type="number" min={3} max={300} required value={countdown} onChange={(e) => setCountdown(e.target.value)} />
          </label>
          <label className="stacked">
            {c.exitPin}
            <input inputMode="numeric" pattern="\d{4,8}" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} />
          </label>
        </fieldset>
        <label className="inline">
          <input type="checkbox" checked={openNow} onChange={(e) => setOpenNow(e.target.checked)} />
          {c.openNow}
        </label>
        {(communities.length === 0 || locales.length === 0) && survey.data && <p className="ws-error" role="alert">{c.pickAtLeastOne}</p>}
        <ErrorMessage error={launch.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={launch.isPending || !version || communities.length === 0 || locales.length === 0}>
            {launch.isPending ? t.common.saving : c.launchButton}
          </button>
        </div>
      </form>
    </section>
  );
}
