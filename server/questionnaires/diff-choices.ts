import { diffTexts, keysInPlace } from './diff-lists';
import type { ChoiceInfo } from './diff-survey-model';
import type { ChoiceChange } from './diff-types';

/** Changes between two lists of items matched by value; see ChoiceChange for the order. */
export function diffChoiceList(before: ChoiceInfo[], after: ChoiceInfo[]): ChoiceChange[] {
  const beforeByKey = new Map(before.map((item, index) => [item.key, { item, position: index + 1 }]));
  const afterByKey = new Map(after.map((item, index) => [item.key, { item, position: index + 1 }]));
  const inPlace = keysInPlace(
    before.map((item) => item.key),
    after.map((item) => item.key),
  );
  const changes: ChoiceChange[] = [];

  before.forEach((item, index) => {
    if (afterByKey.has(item.key)) return;
    changes.push({ kind: 'removed', value: item.value, position: index + 1, text: item.text, themes: item.themes });
  });
  after.forEach((item, index) => {
    if (beforeByKey.has(item.key)) return;
    changes.push({ kind: 'added', value: item.value, position: index + 1, text: item.text, themes: item.themes });
  });
  after.forEach((item, index) => {
    const old = beforeByKey.get(item.key);
    if (!old) return;
    if (!inPlace.has(item.key)) {
      changes.push({ kind: 'moved', value: item.value, from: old.position, to: index + 1 });
    }
    const texts = diffTexts(old.item.text, item.text);
    if (texts.length > 0) changes.push({ kind: 'reworded', value: item.value, texts });
    const themes = diffThemes(old.item.themes, item.themes);
    if (themes) changes.push({ kind: 'themes', value: item.value, ...themes });
  });
  return changes;
}

/** Themes are a set: their order carries no meaning, so reordering them is not a change. */
function diffThemes(before: string[], after: string[]) {
  const added = [...new Set(after.filter((code) => !before.includes(code)))].sort();
  const removed = [...new Set(before.filter((code) => !after.includes(code)))].sort();
  if (added.length === 0 && removed.length === 0) return undefined;
  return { added, removed, before, after };
}
