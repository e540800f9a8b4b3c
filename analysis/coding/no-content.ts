import { foldText } from './normalize';

/**
 * Answers that say nothing: empty, a dash, "nothing", "n/a", "rien", "non", "je ne sais pas",
 * "all good, thanks". An answer is no_content when every word it has is one of these filler
 * words; anything else is content, even if no theme fits it (the weather).
 */
const FILLER_WORDS = new Set(
  [
    // English
    'nothing', 'none', 'no', 'nope', 'nah', 'na', 'n', 'a', 'nil', 'null', 'idk', 'dont', 'don', 't', 'do', 'not', 'know',
    'sure', 'really', 'all', 'good', 'great', 'fine', 'ok', 'okay', 'everything', 'is', 'so', 'far', 'thanks', 'thank',
    'you', 'to', 'add', 'comment', 'comments', 'at', 'the', 'moment', 'i', 'have', 'for', 'now', 'yet', 'nothing',
    'else', 'problem', 'problems', 'issue', 'issues', 'same', 'as', 'above', 'x', 'xx', 'xxx', 'test', 'pass', 'skip',
    'no1', 'yes', 'its', 'it', 's', 'well',
    // French
    'rien', 'aucun', 'aucune', 'non', 'ras', 'je', 'j', 'ne', 'sais', 'pas', 'a', 'ajouter', 'merci', 'tout', 'va',
    'bien', 'c', 'est', 'ca', 'de', 'plus', 'pour', 'l', 'instant', 'moment', 'beaucoup', 'probleme', 'so', 'sans',
    'commentaire', 'oui', 'nsp', 'particulier', 'en',
    // Spanish, Tagalog
    'nada', 'ninguno', 'ninguna', 'gracias', 'se', 'wala', 'salamat', 'po', 'hindi', 'ko', 'alam', 'todo', 'naman',
    'akong', 'reklamo',
    // Arabic (folded: ة as ه), Levantine and romanised
    'لا', 'شي', 'شيء', 'لاشيء', 'ما', 'عندي', 'مافي', 'بعرف', 'اعرف', 'يوجد', 'كل', 'كلو', 'تمام', 'منيح', 'الحمد',
    'لله', 'الحمدلله', 'شكرا', 'la2', 'shukran',
    // Farsi, and Finglish
    'هیچی', 'هیچ', 'نه', 'ممنون', 'مرسی', 'ندارم', 'همه', 'چیز', 'خوبه', 'خیر', 'nadaram', 'hichi',
    // Ukrainian, and transliterated
    'нічого', 'ні', 'все', 'добре', 'дякую', 'не', 'знаю', 'додати', 'nichogo',
    // Romanised Punjabi
    'sab', 'theek', 'aa', 'nahi', 'koi', 'gal', 'ni', 'ji',
  ],
);

// Non-Latin answers that mean "nothing" / "no" / "don't know", compared whole after folding.
// Chinese runs together without spaces and Gurmukhi vowel signs split words, so they are compared whole.
const FILLER_ANSWERS = new Set(
  ['لا', 'لا شيء', 'لا يوجد', 'لاشيء', 'شكرا', 'لا اعرف', '没有', '无', '沒有', '没', '不知道', '没有了', '都挺好的', '挺好的', '都好', '暂时没有', '没什么要补充的', '没有其他补充', 'ਕੁਝ ਨਹੀਂ', 'ਨਹੀਂ', 'ਨਹੀਂ ਜੀ', 'ਪਤਾ ਨਹੀਂ', 'ਹੋਰ ਕੁਝ ਜੋੜਨ ਲਈ ਨਹੀਂ'].map(foldText),
);

export function isNoContent(folded: string, tokens: readonly string[]): boolean {
  const bare = folded.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
  if (bare === '') return true;
  if (FILLER_ANSWERS.has(bare)) return true;
  // Letters of scripts without listed filler words (Han, Gurmukhi) are content we could not read as filler.
  if (/[^\p{Script=Latin}\p{Script=Arabic}\p{Script=Cyrillic}\p{N}\s]/u.test(bare)) return false;
  return tokens.every((token) => FILLER_WORDS.has(token));
}
