import { isChoiceQuestion, localized, questionChoices, walkSurvey, type QuestionInfo, type SurveyJson } from './diff-survey-model';

/**
 * How a question of one version relates to the version it was made from. The links are what let
 * a comparison across waves know that `q12` in 2026 and `needs_top` in 2029 ask the same thing.
 */
export const LINK_KINDS = ['kept', 'renamed', 'rewritten', 'choices_added', 'choices_removed', 'split', 'new', 'dropped'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * `question` is the name in this version (null when dropped), `predecessor` the name in the
 * previous version (null when new). A split is several links to the same predecessor.
 */
export interface QuestionLink {
  question: string | null;
  predecessor: string | null;
  kind: LinkKind;
}

export interface LinkProblem {
  /** Index of the link in the list sent, or null for a problem with the list as a whole. */
  link: number | null;
  field: string;
  code: 'unknown_question' | 'unknown_predecessor' | 'duplicate_question' | 'shared_predecessor' | 'kind_mismatch' | 'question_unlinked' | 'predecessor_unlinked';
  message: string;
}

/**
 * Below this a dropped and a new question are taken as different questions. 0.5 lets "What do
 * you need most?" → "What do you need most now?" through (title Jaccard 0.83) and keeps
 * unrelated questions apart (shared stop words rarely reach a third of the words).
 */
const SIMILAR_ENOUGH = 0.5;
const MINIMUM_TITLE_OVERLAP = 0.25;
const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'you', 'your', 'do', 'what', 'is', 'are', 'for', 'and', 'or', 'le', 'la', 'les', 'de', 'des', 'vous', 'votre', 'vos']);
/** Elements that hold no answer and so need no link. */
const NOT_ASKED = new Set(['html', 'image', 'expression']);

export function askedQuestions(survey: SurveyJson): QuestionInfo[] {
  return walkSurvey(survey).questions.filter((question) => !NOT_ASKED.has(question.type));
}

/** Links the semantic diff proposes; the researcher confirms or edits them. */
export function proposeLinks(before: SurveyJson, after: SurveyJson): QuestionLink[] {
  const old = askedQuestions(before);
  const now = askedQuestions(after);
  const oldByName = new Map(old.map((question) => [question.name, question]));
  const nowNames = new Set(now.map((question) => question.name));
  const gone = old.filter((question) => !nowNames.has(question.name));
  const arrived = now.filter((question) => !oldByName.has(question.name));

  // Each arrived question takes its most similar gone question; several taking one is a split.
  const matchOf = new Map<string, string>();
  for (const question of arrived) {
    let best: { name: string; score: number } | undefined;
    for (const candidate of gone) {
      const score = similarity(candidate, question);
      if (score >= SIMILAR_ENOUGH && (!best || score > best.score)) best = { name: candidate.name, score };
    }
    if (best) matchOf.set(question.name, best.name);
  }
  const takers = new Map<string, number>();
  for (const predecessor of matchOf.values()) takers.set(predecessor, (takers.get(predecessor) ?? 0) + 1);

  const links: QuestionLink[] = now.map((question) => {
    const same = oldByName.get(question.name);
    if (same) return { question: question.name, predecessor: same.name, kind: sameNameKind(same, question) };
    const predecessor = matchOf.get(question.name);
    if (!predecessor) return { question: question.name, predecessor: null, kind: 'new' };
    return { question: question.name, predecessor, kind: takers.get(predecessor)! > 1 ? 'split' : 'renamed' };
  });
  for (const question of gone) {
    if (!takers.has(question.name)) links.push({ question: null, predecessor: question.name, kind: 'dropped' });
  }
  return links;
}

function sameNameKind(was: QuestionInfo, now: QuestionInfo): LinkKind {
  if (was.type !== now.type || normalizedTitle(was) !== normalizedTitle(now)) return 'rewritten';
  const before = choiceKeys(was);
  const after = choiceKeys(now);
  const added = [...after].some((key) => !before.has(key));
  const removed = [...before].some((key) => !after.has(key));
  if (added && removed) return 'rewritten';
  if (added) return 'choices_added';
  if (removed) return 'choices_removed';
  return 'kept';
}

/** Title word overlap, blended with choice overlap when both questions offer choices. */
export function similarity(a: QuestionInfo, b: QuestionInfo): number {
  const title = jaccard(titleWords(a), titleWords(b));
  // Choices alone link nothing: yes/no lists are shared by questions about anything.
  if (title < MINIMUM_TITLE_OVERLAP) return title;
  const choicesA = choiceKeys(a);
  const choicesB = choiceKeys(b);
  if (choicesA.size === 0 || choicesB.size === 0) return title;
  // Overlap over the smaller list: each part of a split keeps a subset of the choices.
  const shared = [...choicesA].filter((key) => choicesB.has(key)).length;
  const choices = shared / Math.min(choicesA.size, choicesB.size);
  return 0.4 * title + 0.6 * choices;
}

function choiceKeys(question: QuestionInfo): Set<string> {
  return new Set(isChoiceQuestion(question.type) ? questionChoices(question.json).map((choice) => choice.key) : []);
}

function normalizedTitle(question: QuestionInfo): string {
  const text = localized(question.json.title);
  return (text.en ?? Object.values(text)[0] ?? question.name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function titleWords(question: QuestionInfo): Set<string> {
  return new Set(normalizedTitle(question).split(' ').filter((word) => word !== '' && !STOP_WORDS.has(word)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared);
}

/**
 * Problems with links a researcher sends: every question of the version linked once, every
 * predecessor question accounted for, names that exist on their side, kinds that fit.
 */
export function validateLinks(links: readonly QuestionLink[], before: SurveyJson, after: SurveyJson): LinkProblem[] {
  const oldNames = new Set(askedQuestions(before).map((question) => question.name));
  const nowNames = askedQuestions(after).map((question) => question.name);
  const problems: LinkProblem[] = [];
  const seenQuestions = new Set<string>();
  const predecessorUses = new Map<string, LinkKind[]>();
  links.forEach((link, index) => {
    const problem = (field: string, code: LinkProblem['code'], message: string) => problems.push({ link: index, field: `links.${index}.${field}`, code, message });
    if (link.kind === 'new' && link.predecessor !== null) problem('predecessor', 'kind_mismatch', 'A new question has no predecessor: send predecessor null.');
    if (link.kind === 'dropped' && link.question !== null) problem('question', 'kind_mismatch', 'A dropped question is not in this version: send question null.');
    if (link.kind !== 'new' && link.predecessor === null) problem('predecessor', 'kind_mismatch', `A "${link.kind}" link needs the predecessor's name; use kind "new" for a question with none.`);
    if (link.kind !== 'dropped' && link.question === null) problem('question', 'kind_mismatch', `A "${link.kind}" link needs the question's name in this version; use kind "dropped" for one with none.`);
    if (link.question !== null) {
      if (!nowNames.includes(link.question)) problem('question', 'unknown_question', `This version has no question named "${link.question}".`);
      else if (seenQuestions.has(link.question)) problem('question', 'duplicate_question', `"${link.question}" is linked more than once; keep one link per question.`);
      seenQuestions.add(link.question);
    }
    if (link.predecessor !== null) {
      if (!oldNames.has(link.predecessor)) problem('predecessor', 'unknown_predecessor', `The previous version has no question named "${link.predecessor}".`);
      predecessorUses.set(link.predecessor, [...(predecessorUses.get(link.predecessor) ?? []), link.kind]);
    }
  });
  for (const [predecessor, kinds] of predecessorUses) {
    if (kinds.length > 1 && !kinds.every((kind) => kind === 'split')) {
      problems.push({ link: null, field: 'links', code: 'shared_predecessor', message: `"${predecessor}" is the predecessor of several questions: mark each of them "split", or link only one.` });
    }
  }
  for (const name of nowNames) {
    if (!seenQuestions.has(name)) problems.push({ link: null, field: 'links', code: 'question_unlinked', message: `"${name}" has no link; add one (kind "new" if nothing came before it).` });
  }
  for (const name of oldNames) {
    if (!predecessorUses.has(name)) problems.push({ link: null, field: 'links', code: 'predecessor_unlinked', message: `"${name}" of the previous version is not accounted for; link it or mark it "dropped".` });
  }
  return problems;
}
