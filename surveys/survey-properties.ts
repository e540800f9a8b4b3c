import { Serializer } from 'survey-core';

export const AUDIENCES = ['newcomers', 'providers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** draft → community_reviewed → approved; `reviewed` is the older word for approved (en and fr carry it). */
export type TranslationState = 'draft' | 'community_reviewed' | 'approved' | 'reviewed';

/**
 * Registers Tessera's custom properties with survey-core's global Serializer.
 * Without them survey-core drops `themes`, `openEnded`, `translationStatus`,
 * `translationSources` and `audience` from a model's toJSON(), and the coder and reports lose the coding.
 * Safe to call any number of times, from the server, the client and tests.
 */
export function registerTesseraProperties(): void {
  addOnce('itemvalue', { name: 'themes:string[]', default: [] });
  addOnce('question', { name: 'openEnded:boolean', default: false });
  // Text inside a question: a multipletext item or a matrix column can be marked open on its own.
  addOnce('multipletextitem', { name: 'openEnded:boolean', default: false });
  addOnce('matrixdropdowncolumn', { name: 'openEnded:boolean', default: false });
  // translationStatus is a locale → state map; survey-core has no map type, so it is kept as-is.
  addOnce('survey', { name: 'translationStatus:object' });
  // locale → string id → hash of the English a translation was made from (server/translations).
  addOnce('survey', { name: 'translationSources:object' });
  addOnce('survey', { name: 'audience', choices: [...AUDIENCES] });
}

type PropertyJson = { name: string; default?: unknown; choices?: string[] };

function addOnce(className: string, json: PropertyJson): void {
  const bareName = json.name.split(':')[0] ?? json.name;
  if (Serializer.findProperty(className, bareName)) return;
  Serializer.addProperty(className, json);
}

/** The theme codes a choice carries, read through survey-core after registration. */
export function choiceThemes(choice: { getPropertyValue(name: string): unknown }): string[] {
  const value = choice.getPropertyValue('themes');
  return Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];
}
