import type { ThemeModel } from './theme-model';

export const FITTED_MODEL: ThemeModel = { kind: 'logistic-ovr', version: 1, themes: {} };
