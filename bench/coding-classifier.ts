// What the partnership classifier adds once reviewers have coded 30, 100 and 300 answers of a
// partnership with its own vocabulary: `npx tsx bench/coding-classifier.ts`.
// The partnership is simulated from the corpus's TRAIN part (English and French; held-out items
// are never read): the words that name a need are replaced, in most answers, by the names the
// partnership's people use for it (its agencies, acronyms, places), which no lexicon knows.
import { createCoder, evaluateCoding, fitThemeModel, trainClassifier, type CorpusItem } from '../analysis/coding';
import { foldOf, isHeldOut, readCorpus } from '../server/cli/devset-files';

// Generic words → a local name, per theme. Applied only where the answer is labelled with that theme.
const LOCAL: Record<string, [RegExp, string[]]> = {
  housing: [/\b(rent|landlord|apartment|housing|logement|loyer|propriétaire)\b/i, ['KHA waitlist', 'the Rideau Heights units', 'Kingsdale co-op']],
  health: [/\b(doctor|clinic|hospital|médecin|clinique|hôpital)\b/i, ['KCHC', 'Hotel Dieu', 'the Weller walk-in']],
  employment: [/\b(job|jobs|work|emploi|travail)\b/i, ['KEYS job board', 'the Cataraqui warehouse shifts', 'Amazon YGK']],
  language: [/\b(english|LINC|french|anglais|français|langue)\b/i, ['ELL at KEYS', 'the CLB 4 class', 'TESL centre']],
  settlement_services: [/\b(settlement|agency|information|services?|organisme|immigration)\b/i, ['KEYS intake', 'the ISAP desk', 'KIP navigator']],
  transportation: [/\b(bus|transit|car|autobus|transport)\b/i, ['Route 501', 'Kingston Transit', 'the Express 18']],
  basic_needs: [/\b(food|groceries|daycare|money|épicerie|garderie|argent)\b/i, ['Partners in Mission', 'the Martha\'s Table line', 'KCC subsidy']],
  education: [/\b(school|teacher|college|école|enseignant)\b/i, ['LDSB', 'St. Lawrence', 'KCVI']],
  recreation_public_space: [/\b(park|library|pool|sports?|parc|bibliothèque)\b/i, ['the Artillery Park pool', 'INVISTA', 'the Calvin Park branch']],
  social_inclusion: [/\b(friends|lonely|alone|amis|seul|seule)\b/i, ['the KIP circle', 'Welcome Wagon YGK', 'Newcomer Café']],
};

let seed = 11;
const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;

function localise(item: CorpusItem): CorpusItem {
  let text = item.text;
  for (const theme of item.themes) {
    const rule = LOCAL[theme];
    if (!rule || next() > 0.7) continue;
    const names = rule[1];
    text = text.replace(rule[0], names[Math.floor(next() * names.length)]!);
  }
  return { ...item, text };
}

const train = readCorpus().items.filter((item) => !isHeldOut(item.id));
// The general model is fitted on four folds (every language, texts as written); the partnership's
// answers to code come from the fifth, so neither the model nor the classifier has seen them.
const model = fitThemeModel(train.filter((item) => foldOf(item.id, 5) !== 4));
const items = train.filter((item) => item.lang === 'en' || item.lang === 'fr').map(localise);
const test = items.filter((item) => foldOf(item.id, 5) === 4);
const pool = items.filter((item) => foldOf(item.id, 5) !== 4);
const shipped = createCoder({ model });
const score = (coder: ReturnType<typeof createCoder>) => {
  const evaluation = evaluateCoding(
    test.map((item) => item.themes),
    test.map((item) => coder(item).themes),
  );
  return `micro P ${evaluation.micro.precision?.toFixed(2)} R ${evaluation.micro.recall?.toFixed(2)} F1 ${evaluation.micro.f1?.toFixed(2)}`;
};
console.log(`partnership answers: ${pool.length} to review from, ${test.length} to code (English and French TRAIN items, localised)`);
console.log(`no classifier:              ${score(shipped)}`);
for (const reviewed of [30, 100, 300]) {
  if (reviewed > pool.length) break;
  const classifier = trainClassifier(pool.slice(0, reviewed));
  console.log(`classifier on ${String(reviewed).padStart(3)} reviewed: ${score(createCoder({ model, classifier }))}`);
}
