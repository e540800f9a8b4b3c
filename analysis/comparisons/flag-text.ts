import { formatPercent, mentionedClause, type Lang } from './theme-phrases';

/** What the groups are, so a sentence can say "in Peel" / "à Peel" or "in 2026" / "en 2026". */
export type GroupKind = 'community' | 'wave' | 'other';

export type Bilingual = { en: string; fr: string };

/** "in Peel" / "à Peel", "in 2026" / "en 2026", "in group X" / "dans le groupe « X »". */
export function groupPhrase(group: string, kind: GroupKind, lang: Lang): string {
  if (lang === 'fr') {
    if (kind === 'community') return `à ${group}`;
    if (kind === 'wave') return `en ${group}`;
    return `dans le groupe « ${group} »`;
  }
  return kind === 'other' ? `in group “${group}”` : `in ${group}`;
}

/** "que à Peel" elides to "qu'à Peel", "que en 2024" to "qu'en 2024". */
function frenchThan(phrase: string): string {
  return /^[aàâeéèêiîoôuh]/i.test(phrase) ? `qu'${phrase}` : `que ${phrase}`;
}

export function versusOverallText(
  theme: string,
  group: string,
  kind: GroupKind,
  direction: 'higher' | 'lower',
  share: number,
  overallShare: number,
): Bilingual {
  const en = `${mentionedClause(theme, 'en')} significantly ${direction === 'higher' ? 'more' : 'less'} often ${groupPhrase(group, kind, 'en')} than overall (${formatPercent(share, 'en')} vs ${formatPercent(overallShare, 'en')}).`;
  const fr = `${mentionedClause(theme, 'fr')} significativement ${direction === 'higher' ? 'plus' : 'moins'} souvent ${groupPhrase(group, kind, 'fr')} que dans l'ensemble (${formatPercent(share, 'fr')} contre ${formatPercent(overallShare, 'fr')}).`;
  return { en, fr };
}

/** Always phrased from the group that mentioned the theme more often. */
export function pairwiseText(
  theme: string,
  higherGroup: string,
  lowerGroup: string,
  kind: GroupKind,
  higherShare: number,
  lowerShare: number,
): Bilingual {
  const en = `${mentionedClause(theme, 'en')} significantly more often ${groupPhrase(higherGroup, kind, 'en')} than ${groupPhrase(lowerGroup, kind, 'en')} (${formatPercent(higherShare, 'en')} vs ${formatPercent(lowerShare, 'en')}).`;
  const fr = `${mentionedClause(theme, 'fr')} significativement plus souvent ${groupPhrase(higherGroup, kind, 'fr')} ${frenchThan(groupPhrase(lowerGroup, kind, 'fr'))} (${formatPercent(higherShare, 'fr')} contre ${formatPercent(lowerShare, 'fr')}).`;
  return { en, fr };
}
