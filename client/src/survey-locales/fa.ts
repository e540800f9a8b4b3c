// survey-core's own words (Next, Previous, errors) in this locale, loaded only when it is chosen.
import 'survey-core/i18n/persian';
import { surveyLocalization } from 'survey-core';

// Corrections to survey-core 3.0.0's Persian, for the words respondents see: its maxSelectError
// says "choose more than {0}" (the opposite), minError/maxError use ارزش ("worth") for a value,
// and several texts lack the Persian ZWNJ (نمی‌دانم). A draft awaiting community review.
Object.assign(surveyLocalization.locales['fa'] ?? {}, {
  completeText: 'پایان',
  otherItemText: 'سایر (لطفاً بنویسید)',
  noneItemText: 'هیچ‌کدام',
  refuseItemText: 'ترجیح می‌دهم پاسخ ندهم',
  dontKnowItemText: 'نمی‌دانم',
  requiredError: 'لطفاً به این پرسش پاسخ دهید.',
  requiredInAllRowsError: 'لطفاً به پرسش همهٔ سطرها پاسخ دهید.',
  numericError: 'مقدار باید یک عدد باشد.',
  minError: 'مقدار نباید کمتر از {0} باشد.',
  maxError: 'مقدار نباید بیشتر از {0} باشد.',
  textMaxLength: 'لطفاً حداکثر {0} نویسه وارد کنید.',
  minSelectError: 'لطفاً دست‌کم {0} گزینه انتخاب کنید.',
  maxSelectError: 'لطفاً بیش از {0} گزینه انتخاب نکنید.',
  otherRequiredError: 'لطفاً پاسخ خود را برای «سایر» بنویسید.',
  placeholder: 'انتخاب کنید…',
  ratingOptionsCaption: 'انتخاب کنید…',
});
