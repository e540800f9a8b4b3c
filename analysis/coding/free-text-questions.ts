import { topLevelQuestions } from './answer-tree';
import { isOpenQuestion, plainText } from './open-answers';
import type { JsonObject } from './survey-elements';

/** A question whose own answer is typed text, and whether the open-answer coder reads it. */
export type FreeTextQuestion = { name: string; title: unknown; type: 'text' | 'comment'; coded: boolean };

/**
 * The questions, outside dynamic panels and matrices, whose answer is free text: comment
 * questions (coded unless marked `openEnded: false`) and plain text questions (coded only when
 * marked `openEnded: true`). A number, date or email box is not free text.
 */
export function freeTextQuestions(survey: unknown): FreeTextQuestion[] {
  return candidates(survey).map((question) => ({
    name: question.name as string,
    title: question.title ?? question.name,
    type: question.type as 'text' | 'comment',
    coded: isOpenQuestion(question),
  }));
}

/** An author's decision on one question: code its free text or not. */
export type FreeTextEdit = { name: string; coded: boolean };

/**
 * A copy of the questionnaire with each named question coded or not as the author decided,
 * written the shortest way: `openEnded` only where the default would say otherwise.
 */
export function withFreeTextCoding(survey: unknown, edits: readonly FreeTextEdit[]): { survey: unknown; applied: number } {
  const copy = structuredClone(survey);
  const byName = new Map(candidates(copy).map((question) => [question.name as string, question]));
  let applied = 0;
  for (const edit of edits) {
    const question = byName.get(edit.name);
    if (!question) continue;
    delete question.openEnded;
    if (isOpenQuestion(question) !== edit.coded) question.openEnded = edit.coded;
    applied += 1;
  }
  return { survey: copy, applied };
}

function candidates(survey: unknown): JsonObject[] {
  return topLevelQuestions(survey).filter((question) => question.type === 'comment' || (question.type === 'text' && plainText(question)));
}
