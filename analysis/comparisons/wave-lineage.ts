/**
 * Question lineages: following each version's links back to the first version a question (or
 * the question it was split from) appeared in, so `q12` in 2026 and `needs_top` in 2029 share a
 * lineage when a researcher linked them.
 */

export interface LinkedVersion {
  questionnaireId: string;
  version: number;
  /** The questions a respondent could answer in this version. */
  questions: readonly string[];
  /** Links to the version numbered just before (see server/questionnaires/question-links.ts). */
  links: ReadonlyArray<{ question: string | null; predecessor: string | null; kind: string }>;
}

export const versionKey = (questionnaireId: string, version: number) => `${questionnaireId}#${version}`;

/**
 * Lineage per question of every version given, keyed by versionKey. A question without a link
 * to a question of the version before (new, or that version not given) starts its own lineage.
 */
export function questionLineages(versions: readonly LinkedVersion[]): Map<string, Map<string, string>> {
  const ordered = [...versions].sort((a, b) => a.questionnaireId.localeCompare(b.questionnaireId) || a.version - b.version);
  const lineages = new Map<string, Map<string, string>>();
  for (const version of ordered) {
    const previous = lineages.get(versionKey(version.questionnaireId, version.version - 1));
    const predecessorOf = new Map<string, string>();
    for (const link of version.links) {
      if (link.question !== null && link.predecessor !== null && link.kind !== 'new' && link.kind !== 'dropped') predecessorOf.set(link.question, link.predecessor);
    }
    const own = new Map<string, string>();
    for (const question of version.questions) {
      const predecessor = predecessorOf.get(question);
      const inherited = predecessor === undefined ? undefined : previous?.get(predecessor);
      own.set(question, inherited ?? `${versionKey(version.questionnaireId, version.version)}:${question}`);
    }
    lineages.set(versionKey(version.questionnaireId, version.version), own);
  }
  return lineages;
}
