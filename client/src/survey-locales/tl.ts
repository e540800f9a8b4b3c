import { setupLocale, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/philippines';

// survey-core ships Tagalog as Filipino under `fil`; Tessera's code is `tl`.
setupLocale({
  localeCode: 'tl', strings: surveyLocalization.locales['fil'] ?? {},
  nativeName: 'Tagalog', englishName: 'Tagalog',
});
