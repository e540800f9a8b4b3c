import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { choiceSlots, withChoiceThemes, type ChoiceSlot, type ChoiceThemeEdit, type ChoiceThemeSuggestion } from '../../../../analysis/coding/choice-themes';
import { freeTextQuestions, withFreeTextCoding } from '../../../../analysis/coding/free-text-questions';
import { TOPIC_CODES } from '../../../../analysis/taxonomy/codes';
import { themeName } from '../analysis/theme-labels';
import { ErrorMessage } from '../components/error-message';
import { QueryState } from '../components/query-state';
import { useStrings } from '../i18n/strings';
import { api } from '../shell/api';
import type { Questionnaire, Version, VersionSummary } from '../shell/api-types';
import { useLocale } from '../shell/locale';
import { canWrite, useSession } from '../shell/session';
import { textIn } from './question-titles';

type Detail = Questionnaire & { versions: VersionSummary[] };
/** The themes one choice names now, and which of them the coder suggested and nobody has confirmed by saving. */
type ChoiceState = { themes: string[]; suggested: string[] };

const keyOf = (slot: string, value: string) => `${slot}\u0000${value}`;

function initialState(slots: ChoiceSlot[]): Map<string, ChoiceState> {
  return new Map(slots.flatMap((slot) => slot.choices.map((choice) => [keyOf(slot.id, choice.value), { themes: [...choice.themes], suggested: [] }] as const)));
}

/**
 * What analysis codes in a version: which free-text questions the open-answer coder reads, and
 * the shared taxonomy's themes on its choices, which is how its closed answers come to count in
 * theme summaries. A draft is edited in place (PUT of the version); a published
 * version is frozen, so saving adds a new draft version. The coder can propose themes from the
 * choices' texts; they are marked until saved, and nothing is applied without the author saving.
 */
export function ChoiceThemesPage() {
  const { id = '', version = '' } = useParams();
  const detail = useQuery({ queryKey: ['questionnaire', id], queryFn: () => api<Detail>(`/api/questionnaires/${id}`) });
  const loaded = useQuery({ queryKey: ['version', id, version], queryFn: () => api<Version>(`/api/questionnaires/${id}/versions/${version}`) });
  return (
    <QueryState query={detail}>
      {(questionnaire) => <QueryState query={loaded}>{(current) => <ChoiceThemes key={current.id + current.createdAt} questionnaire={questionnaire} current={current} />}</QueryState>}
    </QueryState>
  );
}

function ChoiceThemes({ questionnaire, current }: { questionnaire: Detail; current: Version }) {
  const t = useStrings();
  const c = t.choiceThemes;
  const { locale } = useLocale();
  const session = useSession();
  const queryClient = useQueryClient();
  const mayEdit = questionnaire.partnershipId === null ? session.isAdmin : canWrite(session, questionnaire.partnershipId);
  const published = current.status === 'published';
  const slots = useMemo(() => choiceSlots(current.survey), [current.survey]);
  const [state, setState] = useState(() => initialState(slots));
  const freeText = useMemo(() => freeTextQuestions(current.survey), [current.survey]);
  const [coded, setCoded] = useState(() => new Map(freeText.map((question) => [question.name, question.coded])));
  const [notice, setNotice] = useState<string | null>(null);
  // Said next to the button that asked: on a long questionnaire the save button is far below.
  const [suggestNotice, setSuggestNotice] = useState<string | null>(null);
  const [newVersion, setNewVersion] = useState<number | null>(null);

  const edits: ChoiceThemeEdit[] = slots.flatMap((slot) =>
    slot.choices.flatMap((choice) => {
      const themes = state.get(keyOf(slot.id, choice.value))?.themes ?? [];
      const same = themes.length === choice.themes.length && themes.every((theme, index) => theme === choice.themes[index]);
      return same ? [] : [{ slot: slot.id, value: choice.value, themes }];
    }),
  );
  const freeTextEdits = freeText.filter((question) => coded.get(question.name) !== question.coded).map((question) => ({ name: question.name, coded: coded.get(question.name) ?? question.coded }));
  const changed = edits.length + freeTextEdits.length > 0;
  const total = slots.reduce((sum, slot) => sum + slot.choices.length, 0);
  const themed = [...state.values()].filter((choice) => choice.themes.length > 0).length;

  const update = (key: string, change: (choice: ChoiceState) => ChoiceState) => {
    setNotice(null);
    setState((all) => new Map(all).set(key, change(all.get(key) ?? { themes: [], suggested: [] })));
  };

  const slotTitle = (slot: ChoiceSlot) => slot.titles.map((title) => textIn(title, locale) ?? '').join(' › ');
  // A question that describes the person (status, language, kind of work) names no need: one press clears it.
  const clearSlot = (slot: ChoiceSlot) => {
    for (const choice of slot.choices) update(keyOf(slot.id, choice.value), () => ({ themes: [], suggested: [] }));
  };

  const suggest = useMutation({
    mutationFn: () => api<{ suggestions: ChoiceThemeSuggestion[] }>('/api/questionnaires/theme-suggestions', { method: 'POST', body: { survey: current.survey } }),
    onSuccess: ({ suggestions }) => {
      const next = new Map(state);
      let given = 0;
      for (const suggestion of suggestions) {
        const key = keyOf(suggestion.slot, suggestion.value);
        // An author's own decision, even of no theme after removing one, is not overwritten.
        if ((next.get(key)?.themes.length ?? 0) > 0 || edits.some((edit) => keyOf(edit.slot, edit.value) === key)) continue;
        next.set(key, { themes: [...suggestion.themes], suggested: [...suggestion.themes] });
        given += 1;
      }
      setState(next);
      setSuggestNotice(c.suggested(given));
    },
  });

  const save = useMutation({
    mutationFn: async () => {
      const { survey } = withFreeTextCoding(withChoiceThemes(current.survey, edits).survey, freeTextEdits);
      if (!published) return api<Version>(`/api/questionnaires/${questionnaire.id}/versions/${current.version}`, { method: 'PUT', body: { survey } });
      return api<Version>(`/api/questionnaires/${questionnaire.id}/versions`, { method: 'POST', body: { survey } });
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['questionnaire', questionnaire.id] });
      if (published) {
        setNewVersion(saved.version);
        setNotice(c.savedAsNew(saved.version));
        return;
      }
      queryClient.setQueryData(['version', questionnaire.id, String(current.version)], saved);
      // Saved suggestions are the author's now.
      setState((all) => new Map([...all].map(([key, choice]) => [key, { themes: choice.themes, suggested: [] }])));
      setNotice(c.saved);
    },
  });

  const themeOptions = useMemo(
    () => TOPIC_CODES.map((code) => ({ code, label: themeName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
    [locale],
  );

  return (
    <section className="choice-themes-page">
      <p><Link to={`/workspace/questionnaires/${questionnaire.id}`}>{c.back}</Link></p>
      <h1>{c.title(questionnaire.title, current.version)}</h1>
      <p className="muted">{c.intro}</p>
      {published && mayEdit && <p data-testid="themes-frozen">{c.frozen(current.version)}</p>}
      {!mayEdit && <p>{c.readOnly}</p>}
      {slots.length === 0 && freeText.length === 0 ? (
        <p>{c.none}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!mayEdit) return;
            if (!changed) setNotice(c.unchanged);
            else save.mutate();
          }}
        >
          {freeText.length > 0 && (
            <fieldset className="choice-slot" data-testid="free-text">
              <legend>{c.freeTextTitle}</legend>
              <p className="muted">{c.freeTextHelp}</p>
              <ul className="plain">
                {freeText.map((question) => (
                  <li key={question.name}>
                    <label>
                      <input
                        type="checkbox"
                        disabled={!mayEdit}
                        checked={coded.get(question.name) ?? question.coded}
                        onChange={(event) => {
                          setNotice(null);
                          setCoded((all) => new Map(all).set(question.name, event.target.checked));
                        }}
                      />{' '}
                      {textIn(question.title, locale) ?? question.name} <code>{question.name}</code>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          {slots.length > 0 && <h2>{c.choicesTitle}</h2>}
          {slots.length > 0 && <p data-testid="themes-count">{c.count(themed, total)}</p>}
          {mayEdit && slots.length > 0 && (
            <div className="actions">
              <button type="button" onClick={() => suggest.mutate()} disabled={suggest.isPending}>{suggest.isPending ? c.suggesting : c.suggest}</button>
            </div>
          )}
          <p role="status" className="muted" data-testid="suggest-notice">{suggestNotice && <>{suggestNotice} {c.suggestCaution}</>}</p>
          <ErrorMessage error={suggest.error ?? save.error} />
          {slots.map((slot) => (
            <fieldset key={slot.id} className="choice-slot" data-slot={slot.id}>
              <legend>{slotTitle(slot)} <code>{slot.id}</code></legend>
              {mayEdit && slot.choices.some((choice) => (state.get(keyOf(slot.id, choice.value))?.themes.length ?? 0) > 0) && (
                <button type="button" className="clear-slot" onClick={() => clearSlot(slot)}>{c.clearSlot}<span className="visually-hidden">{c.clearSlotFrom(slotTitle(slot))}</span></button>
              )}
              <div className="table-wrap">
                <table>
                  <thead><tr><th scope="col">{c.choice}</th><th scope="col">{c.themes}</th></tr></thead>
                  <tbody>
                    {slot.choices.map((choice) => {
                      const key = keyOf(slot.id, choice.value);
                      const now = state.get(key) ?? { themes: [], suggested: [] };
                      const text = textIn(choice.text, locale) || choice.value;
                      return (
                        <tr key={key} data-choice={choice.value}>
                          <th scope="row">{text}</th>
                          <td>
                            {now.themes.length === 0 && !mayEdit && <span className="muted">{c.noTheme}</span>}
                            {now.themes.length > 0 && (
                              <ul className="theme-chips">
                                {now.themes.map((theme) => (
                                  <li key={theme} data-theme={theme} className={now.suggested.includes(theme) ? 'suggested' : undefined}>
                                    {themeName(theme, locale)}
                                    {now.suggested.includes(theme) && <em> ({c.suggestedMark})</em>}
                                    {mayEdit && (
                                      <button type="button" aria-label={c.remove(themeName(theme, locale), text)} onClick={() => update(key, (was) => ({ themes: was.themes.filter((x) => x !== theme), suggested: was.suggested.filter((x) => x !== theme) }))}>
                                        ×
                                      </button>
                                    )}
                                  </li>
                                ))}
                              </ul>
                            )}
                            {mayEdit && (
                              <select
                                aria-label={c.add(text)}
                                value=""
                                onChange={(event) => {
                                  const theme = event.target.value;
                                  if (theme) update(key, (was) => ({ themes: [...was.themes, theme], suggested: was.suggested }));
                                }}
                              >
                                <option value="">{c.addPlaceholder}</option>
                                {themeOptions.filter((option) => !now.themes.includes(option.code)).map((option) => <option key={option.code} value={option.code}>{option.label}</option>)}
                              </select>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </fieldset>
          ))}
          <p role="status" className="muted">
            {notice}
            {newVersion !== null && <> <Link to={`/workspace/questionnaires/${questionnaire.id}/versions/${newVersion}/themes`}>{c.openNew(newVersion)}</Link></>}
          </p>
          {mayEdit && (
            <div className="actions">
              <button type="submit" className="primary" disabled={save.isPending}>{published ? c.saveAsNew : c.save}</button>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
