import { useId, useMemo, useState, type RefObject } from 'react';
import { useLocale } from '../shell/locale';
import { useAnalysisStrings } from './strings';
import { searchThemes, themeName } from './theme-labels';

/**
 * The taxonomy as a combobox: type words in English or French, arrows to move, Enter to add the
 * highlighted theme, Escape to leave. Added themes are listed with a button to take each back.
 */
export function ThemeSearch(props: { inputRef: RefObject<HTMLInputElement | null>; chosen: string[]; onAdd(theme: string): void; onRemove(theme: string): void }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => (query.trim() ? searchThemes(query).slice(0, 8) : []), [query]);
  const open = matches.length > 0;
  const add = (theme: string | undefined) => {
    if (!theme) return;
    props.onAdd(theme);
    setQuery('');
    setActive(0);
  };

  return (
    <section className="theme-search" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{s.review.addTheme} <kbd>/</kbd></h3>
      <label htmlFor={`${id}-input`}>{s.review.search}</label>
      <input
        id={`${id}-input`}
        ref={props.inputRef}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${id}-option-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, matches.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter') add(matches[active]);
          else if (event.key === 'Escape') {
            setQuery('');
            event.currentTarget.blur();
            document.querySelector<HTMLElement>('[data-testid="review-item"] h2')?.focus();
          } else return;
          event.preventDefault();
          event.stopPropagation();
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={s.review.addTheme} className="theme-options" hidden={!open}>
        {matches.map((theme, i) => (
          <li key={theme} id={`${id}-option-${i}`} role="option" aria-selected={i === active} onMouseDown={(event) => { event.preventDefault(); add(theme); }}>
            {themeName(theme, locale)} <span className="analysis-sub" lang={locale === 'fr' ? 'en' : 'fr'}>{themeName(theme, locale === 'fr' ? 'en' : 'fr')}</span>
          </li>
        ))}
      </ul>
      {query.trim() && !open && <p role="status">{s.review.noMatch}</p>}
      {props.chosen.length > 0 && (
        <>
          <h4>{s.review.added}</h4>
          <ul className="theme-chips">
            {props.chosen.map((theme) => (
              <li key={theme}>
                {themeName(theme, locale)}{' '}
                <button type="button" aria-label={s.review.remove(themeName(theme, locale))} onClick={() => props.onRemove(theme)}>×</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
