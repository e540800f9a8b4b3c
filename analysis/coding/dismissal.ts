/**
 * Negation that flips meaning. "No family doctor" or "pas de logement" name a need and keep
 * their theme; only an explicit dismissal of a topic removes it: "no problem with housing",
 * "housing is not an issue", "pas de problème de logement", "aucun souci avec l'école".
 * A clause that dismisses a topic withdraws that topic from the whole answer, since respondents
 * often dismiss a topic and then say why ("no problem with housing, our sponsor found us a place").
 */
const DISMISSALS: string[][] = [
  // English
  ['no', 'problem'], ['no', 'problems'], ['not', 'a', 'problem'], ['not', 'problem'], ['not', 'an', 'issue'],
  ['not', 'a', 'issue'], ['no', 'issue'], ['no', 'issues'], ['not', 'a', 'concern'], ['no', 'concerns'],
  ['no', 'complaints'], ['no', 'trouble'], ['not', 'a', 'big', 'deal'], ['not', 'difficult'], ['was', 'easy'], ['is', 'easy'],
  // French
  ['pas', 'de', 'probleme'], ['pas', 'de', 'problemes'], ['aucun', 'probleme'], ['pas', 'un', 'probleme'],
  ['pas', 'vraiment', 'un', 'probleme'], ['sans', 'probleme'], ['pas', 'de', 'souci'], ['pas', 'de', 'soucis'],
  ['aucun', 'souci'], ['pas', 'difficile'], ['pas', 'un', 'enjeu'],
  // Spanish
  ['no', 'hay', 'problema'], ['sin', 'problema'], ['ningun', 'problema'], ['no', 'es', 'problema'], ['no', 'es', 'un', 'problema'],
];

const byFirst = new Map<string, string[][]>();
for (const pattern of DISMISSALS) {
  const first = pattern[0] as string;
  byFirst.set(first, [...(byFirst.get(first) ?? []), pattern]);
}

export function isDismissal(tokens: readonly string[]): boolean {
  for (let index = 0; index < tokens.length; index += 1) {
    const candidates = byFirst.get(tokens[index] as string);
    if (!candidates) continue;
    for (const pattern of candidates) {
      if (pattern.every((word, offset) => tokens[index + offset] === word)) return true;
    }
  }
  return false;
}
