import { useMemo, useState } from 'react';
import { useLocale } from '../shell/locale';
import { useAnalysisStrings } from './strings';
import { themeName } from './theme-labels';

export type FlagText = { theme: string; direction: 'higher' | 'lower'; text: string };

/** Up to this many sentences are listed as they are; more are folded by theme. */
const LISTED = 12;

/**
 * The differences that stand out, in words. A 40-community comparison flags hundreds: listed
 * whole they were a wall of sentences nobody reads and a large part of the page's drawing
 * time, so beyond a dozen they are folded per theme ("more often in 12 communities, less often
 * in 9"), each theme's sentences drawn only once opened.
 */
export function FlagList({ flags, id, by }: { flags: readonly FlagText[]; id: string; by: 'community' | 'wave' }) {
  const s = useAnalysisStrings();
  const texts = useMemo(() => [...new Set(flags.map((flag) => flag.text))], [flags]);
  const byTheme = useMemo(() => {
    const grouped = new Map<string, FlagText[]>();
    for (const flag of flags) grouped.set(flag.theme, [...(grouped.get(flag.theme) ?? []), flag]);
    return [...grouped];
  }, [flags]);
  if (texts.length === 0) return <p>{s.results.noSignificant}</p>;
  if (texts.length <= LISTED) {
    return (
      <ul className="analysis-flags" data-testid={id}>
        {texts.map((text) => <li key={text}>{text}</li>)}
      </ul>
    );
  }
  return (
    <ul className="analysis-flags analysis-flag-themes" data-testid={id}>
      {byTheme.map(([theme, themeFlags]) => <ThemeFlags key={theme} theme={theme} flags={themeFlags} by={by} />)}
    </ul>
  );
}

function ThemeFlags({ theme, flags, by }: { theme: string; flags: readonly FlagText[]; by: 'community' | 'wave' }) {
  const s = useAnalysisStrings();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const higher = flags.filter((flag) => flag.direction === 'higher').length;
  return (
    <li>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <strong>{themeName(theme, locale)}</strong>: {s.results.flagCounts(higher, flags.length - higher, by)}
        </summary>
        {open && (
          <ul>
            {[...new Set(flags.map((flag) => flag.text))].map((text) => <li key={text}>{text}</li>)}
          </ul>
        )}
      </details>
    </li>
  );
}
