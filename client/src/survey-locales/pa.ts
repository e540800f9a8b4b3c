import { setupLocale } from 'survey-core';

// survey-core has no Punjabi. A draft awaiting community review; the rest falls back to English.
const PUNJABI = {
  pagePrevText: 'ਪਿੱਛੇ',
  pageNextText: 'ਅੱਗੇ',
  completeText: 'ਪੂਰਾ ਕਰੋ',
  otherItemText: 'ਹੋਰ (ਦੱਸੋ)',
  noneItemText: 'ਕੋਈ ਨਹੀਂ',
  refuseItemText: 'ਜਵਾਬ ਨਹੀਂ ਦੇਣਾ ਚਾਹੁੰਦੇ',
  selectAllItemText: 'ਸਭ ਚੁਣੋ',
  progressText: 'ਪੰਨਾ {0} / {1}',
  placeholder: 'ਚੁਣੋ...',
  ratingOptionsCaption: 'ਚੁਣੋ...',
  requiredError: 'ਜਵਾਬ ਲੋੜੀਂਦਾ ਹੈ।',
  numericError: 'ਮੁੱਲ ਇੱਕ ਨੰਬਰ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।',
  textMaxLength: 'ਕਿਰਪਾ ਕਰਕੇ {0} ਤੋਂ ਵੱਧ ਅੱਖਰ ਨਾ ਲਿਖੋ।',
  minSelectError: 'ਕਿਰਪਾ ਕਰਕੇ ਘੱਟੋ-ਘੱਟ {0} ਵਿਕਲਪ ਚੁਣੋ।',
  maxSelectError: 'ਕਿਰਪਾ ਕਰਕੇ {0} ਤੋਂ ਵੱਧ ਵਿਕਲਪ ਨਾ ਚੁਣੋ।',
  otherRequiredError: 'ਜਵਾਬ ਲੋੜੀਂਦਾ ਹੈ: ਹੋਰ ਮੁੱਲ ਲਿਖੋ।',
  clearCaption: 'ਸਾਫ਼ ਕਰੋ',
  booleanCheckedLabel: 'ਹਾਂ',
  booleanUncheckedLabel: 'ਨਹੀਂ',
};

setupLocale({ localeCode: 'pa', strings: PUNJABI, nativeName: 'ਪੰਜਾਬੀ', englishName: 'Punjabi' });
