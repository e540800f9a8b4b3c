import { createHash } from 'node:crypto';
import { TAXONOMY_VERSION } from '../taxonomy';
import type { CoderOptions } from './coder';
import { FITTED_MODEL } from './fitted-model';
import { LEXICON_SOURCES } from './lexicons';

/**
 * Bump when the coder's rules change in code (matching, context rules, dismissals, thresholds)
 * without a change to its lexicons or model: stored machine codes are then re-coded.
 */
export const CODER_RULES_VERSION = 4;

/** What makes one coder differ from another: the rest of CoderOptions is per partnership or per call. */
export type CoderConfig = Pick<CoderOptions, 'lexicons' | 'model'>;

const fingerprints = new WeakMap<object, string>();
const SHIPPED = {};

/**
 * A stable identity of the coder: the taxonomy version, then a hash of the lexicons, the fitted
 * model's parameters and the rules version. Stored with every machine-coded response, so a
 * server that starts with a different coder knows which stored codes to re-code.
 */
export function coderFingerprint(config: CoderConfig = SHIPPED): string {
  const known = fingerprints.get(config);
  if (known) return known;
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ rules: CODER_RULES_VERSION, lexicons: config.lexicons ?? LEXICON_SOURCES }));
  hash.update(JSON.stringify(config.model === false ? false : (config.model ?? FITTED_MODEL)));
  const fingerprint = `${TAXONOMY_VERSION}/${hash.digest('hex').slice(0, 16)}`;
  fingerprints.set(config, fingerprint);
  return fingerprint;
}
