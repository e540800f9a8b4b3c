import type { Calibration } from './calibration';

// Written by `npm run --silent tessera -- evaluate --fit`, from the labelled corpus's TRAIN part only.
export const FITTED_CALIBRATION: Calibration = {};
