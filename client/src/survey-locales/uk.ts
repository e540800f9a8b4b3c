// survey-core's own words (Next, Previous, errors) in this locale, loaded only when it is chosen.
import 'survey-core/i18n/ukrainian';
import { surveyLocalization } from 'survey-core';

// Corrections to survey-core 3.0.0's Ukrainian, for the words respondents see: its refuseItemText
// is an order ("Refuse to answer!"), noneItemText a bare masculine pronoun, textMaxLength lacks
// a comma and the selection errors put "варіантів" after any number (wrong for 2 to 4). A draft awaiting community review.
Object.assign(surveyLocalization.locales['uk'] ?? {}, {
  refuseItemText: 'Не хочу відповідати',
  noneItemText: 'Нічого з переліченого',
  textMaxLength: 'Будь ласка, введіть не більше {0} символів.',
  minSelectError: 'Кількість вибраних варіантів має бути не менше {0}.',
  maxSelectError: 'Кількість вибраних варіантів не може перевищувати {0}.',
  otherRequiredError: 'Будь ласка, напишіть свою відповідь у полі «Інше».',
});
