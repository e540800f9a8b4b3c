/** Names and codes other tools use for a language, mapped to SurveyJS's locale codes. */
const BY_NAME: Record<string, string> = {
  english: 'en', en: 'en', anglais: 'en',
  french: 'fr', 'français': 'fr', francais: 'fr', fr: 'fr',
  arabic: 'ar', 'العربية': 'ar', ar: 'ar',
  spanish: 'es', 'español': 'es', espanol: 'es', es: 'es',
  chinese: 'zh-cn', 'chinese (simplified)': 'zh-cn', 'simplified chinese': 'zh-cn', mandarin: 'zh-cn', '中文': 'zh-cn',
  zh: 'zh-cn', 'zh-cn': 'zh-cn', 'zh-hans': 'zh-cn', zh_cn: 'zh-cn',
  punjabi: 'pa', 'ਪੰਜਾਬੀ': 'pa', pa: 'pa',
  tagalog: 'tl', filipino: 'tl', tl: 'tl', fil: 'tl',
  farsi: 'fa', persian: 'fa', dari: 'fa', 'فارسی': 'fa', fa: 'fa',
  ukrainian: 'uk', 'українська': 'uk', uk: 'uk',
  german: 'de', de: 'de', portuguese: 'pt', pt: 'pt', russian: 'ru', ru: 'ru', urdu: 'ur', ur: 'ur',
  somali: 'so', so: 'so', tigrinya: 'ti', ti: 'ti', hindi: 'hi', hi: 'hi', korean: 'ko', ko: 'ko',
  vietnamese: 'vi', vi: 'vi', turkish: 'tr', tr: 'tr', swahili: 'sw', sw: 'sw', amharic: 'am', am: 'am',
};

/**
 * The SurveyJS locale for an XLSForm language label ("English (en)", "Français", "fr") or a
 * LimeSurvey language code ("zh-Hans"); undefined when the language cannot be recognized.
 */
export function surveyLocale(language: string): string | undefined {
  const trimmed = language.trim();
  const code = /\(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\)\s*$/.exec(trimmed)?.[1];
  if (code) {
    const known = BY_NAME[code.toLowerCase()];
    if (known) return known;
  }
  const name = trimmed.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  if (BY_NAME[name]) return BY_NAME[name];
  if (BY_NAME[trimmed.toLowerCase()]) return BY_NAME[trimmed.toLowerCase()];
  if (code) return code.toLowerCase();
  // LimeSurvey variants such as "de-informal" keep their base language.
  const base = trimmed.toLowerCase().split(/[-_]/)[0]!;
  return /^[a-z]{2,3}$/.test(base) && BY_NAME[base] ? BY_NAME[base] : undefined;
}
