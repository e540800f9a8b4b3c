import { useState } from 'react';
import { useLocale } from '../shell/locale';
import type { CompareTheme } from './api-types';
import { useAnalysisStrings } from './strings';
import { themeName } from './theme-labels';

/**
 * Themes a comparison across waves cannot read as a change in needs: counted from a question
 * only some waves asked, or from questions not linked as the same one (docs/waves.md). Their
 * shares stay in the table, without arrows; this says why, in the workspace language.
 */
export function WaveNotes({ themes, id }: { themes: readonly CompareTheme[]; id: string }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  return (
    <>
      <h3 id={`${id}-notes`}>{s.results.notComparableTitle}</h3>
      <ul className="analysis-flags" aria-labelledby={`${id}-notes`} data-testid="wave-notes">
        {themes.map((theme) => (
          <li key={theme.theme} id={`${id}-note-${theme.theme}`} tabIndex={-1}>
            <strong>{themeName(theme.theme, locale)}</strong>: {theme.note?.[locale] ?? theme.note?.en ?? theme.note?.fr ?? s.results.differentQuestions}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Which questions each theme's figure rests on in each wave, under that wave's names; drawn once opened. */
export function WaveBasis({ themes, groups, id }: { themes: readonly CompareTheme[]; groups: readonly string[]; id: string }) {
  const s = useAnalysisStrings();
  const [open, setOpen] = useState(false);
  if (!themes.some((theme) => theme.basis)) return null;
  return (
    <details className="analysis-gap" data-testid="wave-basis" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{s.results.basisTitle}</summary>
      {open && <BasisTable themes={themes} groups={groups} id={`${id}-basis`} />}
    </details>
  );
}

function BasisTable({ themes, groups, id }: { themes: readonly CompareTheme[]; groups: readonly string[]; id: string }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table className="analysis-table">
        <caption id={id}>{s.results.basisCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.results.theme}</th>
            {groups.map((group) => <th scope="col" key={group}>{group}</th>)}
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.theme}>
              <th scope="row">{themeName(theme.theme, locale)}</th>
              {groups.map((group) => {
                const questions = theme.basis?.[group] ?? [];
                return (
                  <td key={group}>
                    {questions.length === 0 ? <span className="muted">{s.results.noQuestion}</span> : questions.map((name) => <code key={name} className="analysis-question">{name}</code>)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
