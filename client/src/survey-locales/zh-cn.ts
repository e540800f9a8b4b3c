// survey-core's own words (Next, Previous, errors) in this locale, loaded only when it is chosen.
import 'survey-core/i18n/simplified-chinese';
