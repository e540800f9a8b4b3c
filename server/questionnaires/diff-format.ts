import { displayValue } from './diff-survey-model';
import type {
  ChoiceChange,
  ChoiceList,
  PageChange,
  QuestionChange,
  QuestionDiff,
  QuestionLocation,
  QuestionType,
  QuestionnaireDiff,
  SurveyChange,
  TextChange,
} from './diff-types';

type Lang = 'en' | 'fr';

/**
 * One line per change, in the diff's order, for a change log or a review screen. Names and
 * values stay as they are in the JSON (they are identifiers); texts are quoted as written.
 */
export function formatDiff(diff: QuestionnaireDiff, lang: Lang): string[] {
  const w = WORDS[lang];
  const lines: string[] = [];
  for (const change of diff.survey) lines.push(...surveyLines(change, w));
  for (const page of diff.pages) {
    const subject = `${w.page} ${page.name}`;
    if (page.status === 'added') lines.push(`${subject} ${w.pageAdded} ${page.positionAfter}`);
    else if (page.status === 'removed') lines.push(`${subject} ${w.pageRemoved(page.positionBefore)}`);
    else for (const change of page.changes) lines.push(...pageLines(subject, change, w));
  }
  for (const question of diff.questions) lines.push(...questionLines(question, w));
  return lines;
}

function surveyLines(change: SurveyChange, w: Words): string[] {
  switch (change.kind) {
    case 'reworded':
      return change.texts.map((text) => `${w.surveyField[change.field]} ${textChange(text, w)}`);
    case 'locales':
      return [
        ...change.added.map((locale) => `${w.locale} ${locale} ${w.localeAdded}`),
        ...change.removed.map((locale) => `${w.locale} ${locale} ${w.localeRemoved}`),
      ];
    case 'translationStatus':
      return [`${w.translationStatus(change.locale)}${w.colon} ${change.from ?? w.none} → ${change.to ?? w.none}`];
    case 'setting':
      return [`${w.surveySetting} ${change.property}${w.colon} ${json(change.from, w)} → ${json(change.to, w)}`];
  }
}

function pageLines(subject: string, change: PageChange, w: Words): string[] {
  switch (change.kind) {
    case 'moved':
      return [`${subject} ${w.movedPositions(change.from, change.to)}`];
    case 'reworded':
      return change.texts.map((text) => `${subject}${w.colon} ${w.field(change.field)} ${textChange(text, w)}`);
    case 'logic':
      return [`${subject}${w.colon} ${logic(change.property, change.from, change.to, w)}`];
  }
}

function questionLines(question: QuestionDiff, w: Words): string[] {
  const subject = `Question ${question.name}`;
  if (question.status === 'added') return [`${subject} ${w.questionAdded} ${place(question.after!, w)}`];
  if (question.status === 'removed') return [`${subject} ${w.questionRemoved} ${place(question.before!, w)}`];
  return question.changes.flatMap((change) =>
    questionChangeLines(change, w).map((line) => `${subject}${w.colon} ${line}`),
  );
}

function questionChangeLines(change: QuestionChange, w: Words): string[] {
  switch (change.kind) {
    case 'moved':
      return change.withPage ? [] : [`${w.moved} ${place(change.from, w)} → ${place(change.to, w)}`];
    case 'retyped':
      return [`${w.retyped} ${typeName(change.from)} → ${typeName(change.to)}`];
    case 'reworded':
      return change.texts.map((text) => `${w.field(change.field)} ${textChange(text, w)}`);
    case 'required':
      return [change.to ? w.nowRequired : w.noLongerRequired];
    case 'logic':
      return [logic(change.property, change.from, change.to, w)];
    case 'choices':
      return change.changes.flatMap((item) => choiceLines(change.list, item, w));
    case 'rating':
      return [`${w.rating} ${change.property}${w.colon} ${json(change.from, w)} → ${json(change.to, w)}`];
    case 'setting':
      return [`${w.setting} ${change.property}${w.colon} ${json(change.from, w)} → ${json(change.to, w)}`];
  }
}

function choiceLines(list: ChoiceList, change: ChoiceChange, w: Words): string[] {
  const subject = `${w.item[list]} '${displayValue(change.value)}'`;
  switch (change.kind) {
    case 'added':
      return [`${subject} ${w.itemAdded} ${change.position}`];
    case 'removed':
      return [`${subject} ${w.itemRemoved(change.position)}`];
    case 'moved':
      return [`${subject} ${w.movedPositions(change.from, change.to)}`];
    case 'reworded':
      return change.texts.map((text) => `${subject} ${textChange(text, w)}`);
    case 'themes': {
      const codes = [...change.added.map((code) => `+${code}`), ...change.removed.map((code) => `-${code}`)];
      return [`${subject} ${w.themes}${w.colon} ${codes.join(' ')}`];
    }
  }
}

function textChange(text: TextChange, w: Words): string {
  if (text.change === 'added') return `${w.addedIn(text.locale)}${w.colon} ${w.quote(text.after ?? '')}`;
  if (text.change === 'removed') return `${w.removedIn(text.locale)} (${w.was} ${w.quote(text.before ?? '')})`;
  return `${w.rewordedIn(text.locale)}${w.colon} ${w.quote(text.before ?? '')} → ${w.quote(text.after ?? '')}`;
}

function logic(property: string, from: string | null, to: string | null, w: Words): string {
  const show = (value: string | null) => (value === null ? w.none : w.quote(value));
  return `${property} ${w.changed}${w.colon} ${show(from)} → ${show(to)}`;
}

function place(location: QuestionLocation, w: Words): string {
  const panel = location.panel === null ? '' : `, ${w.panel} ${location.panel}`;
  return `(${w.page.toLowerCase()} ${location.page}${panel}, position ${location.position})`;
}

function typeName(type: QuestionType): string {
  return type.inputType === null ? type.type : `${type.type} (${type.inputType})`;
}

function json(value: unknown, w: Words): string {
  return value === null || value === undefined ? w.none : JSON.stringify(value);
}

const EN = {
  colon: ':',
  page: 'Page',
  panel: 'panel',
  locale: 'Locale',
  none: 'none',
  was: 'was',
  changed: 'changed',
  surveyField: {
    title: 'Survey title',
    description: 'Survey description',
    completedHtml: 'Survey closing page',
  },
  surveySetting: 'Survey setting',
  localeAdded: 'added',
  localeRemoved: 'removed',
  translationStatus: (locale: string) => `Translation status of ${locale}`,
  pageAdded: 'added at position',
  pageRemoved: (position: number | null) => `removed (was at position ${position})`,
  questionAdded: 'added',
  questionRemoved: 'removed',
  moved: 'moved',
  movedPositions: (from: number, to: number) => `moved from position ${from} to ${to}`,
  retyped: 'type changed',
  nowRequired: 'now required',
  noLongerRequired: 'no longer required',
  rating: 'rating scale',
  setting: 'setting',
  themes: 'themes changed',
  item: { choices: 'choice', rows: 'row', columns: 'column', rateValues: 'rating value' } as Record<ChoiceList, string>,
  itemAdded: 'added at position',
  itemRemoved: (position: number) => `removed (was at position ${position})`,
  field: (field: string) => field,
  addedIn: (locale: string) => `added in ${locale}`,
  removedIn: (locale: string) => `removed in ${locale}`,
  rewordedIn: (locale: string) => `reworded in ${locale}`,
  quote: (text: string) => `"${text}"`,
};

type Words = typeof EN;

const FR: Words = {
  colon: ' :',
  page: 'Page',
  panel: 'panneau',
  locale: 'Langue',
  none: 'aucun',
  was: 'était',
  changed: 'modifié',
  surveyField: {
    title: 'Titre du questionnaire',
    description: 'Description du questionnaire',
    completedHtml: 'Page de fin du questionnaire',
  },
  surveySetting: 'Paramètre du questionnaire',
  localeAdded: 'ajoutée',
  localeRemoved: 'retirée',
  translationStatus: (locale: string) => `Statut de la traduction ${locale}`,
  pageAdded: 'ajoutée en position',
  pageRemoved: (position: number | null) => `supprimée (était en position ${position})`,
  questionAdded: 'ajoutée',
  questionRemoved: 'supprimée',
  moved: 'déplacée',
  movedPositions: (from: number, to: number) => `passe de la position ${from} à la position ${to}`,
  retyped: 'type modifié',
  nowRequired: 'désormais obligatoire',
  noLongerRequired: "n'est plus obligatoire",
  rating: "échelle d'évaluation",
  setting: 'paramètre',
  themes: 'thèmes modifiés',
  item: { choices: 'choix', rows: 'ligne', columns: 'colonne', rateValues: "valeur d'échelle" },
  itemAdded: 'ajouté en position',
  itemRemoved: (position: number) => `supprimé (était en position ${position})`,
  field: (field: string) => FR_FIELDS[field] ?? field,
  addedIn: (locale: string) => `ajouté en ${locale}`,
  removedIn: (locale: string) => `retiré en ${locale}`,
  rewordedIn: (locale: string) => `reformulé en ${locale}`,
  quote: (text: string) => `« ${text} »`,
};

const FR_FIELDS: Record<string, string> = {
  title: 'titre',
  description: 'description',
  placeholder: 'texte indicatif',
  html: 'contenu',
  labelTrue: 'libellé du oui',
  labelFalse: 'libellé du non',
  minRateDescription: "libellé du bas de l'échelle",
  maxRateDescription: "libellé du haut de l'échelle",
  commentText: 'titre du commentaire',
  commentPlaceholder: 'texte indicatif du commentaire',
  otherPlaceholder: 'texte indicatif de « Autre »',
  requiredErrorText: "message de réponse obligatoire",
};

const WORDS: Record<Lang, Words> = { en: EN, fr: FR };
