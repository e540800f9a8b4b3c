// Inter-coder agreement for the coding of open answers: Cohen's kappa per theme for two
// coders, Krippendorff's alpha (nominal) for two or more coders with missing values.
export { cohenKappa, kappaByTheme, kappaBand, type KappaResult, type ThemeKappa } from './cohen-kappa';
export { krippendorffAlphaNominal, alphaByTheme, type AlphaResult, type NominalValue } from './krippendorff-alpha';
