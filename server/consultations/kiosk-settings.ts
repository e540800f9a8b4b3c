import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../lib/ids';

export interface KioskSettings {
  idleTimeoutSeconds: number;
  countdownSeconds: number;
  /**
   * The staff PIN that leaves kiosk mode, salted and hashed so the kiosk can check it offline.
   * A short PIN can be guessed from its hash by someone who reads the page's data: it keeps
   * respondents from wandering out of the survey, it is not an access control.
   */
  exitPin: { salt: string; sha256: string } | null;
}

export const DEFAULT_KIOSK: KioskSettings = { idleTimeoutSeconds: 90, countdownSeconds: 20, exitPin: null };

export function kioskSettings(input: { idleTimeoutSeconds?: number; countdownSeconds?: number; exitPin?: string } | undefined): KioskSettings {
  const salt = randomBytes(8).toString('hex');
  return {
    idleTimeoutSeconds: input?.idleTimeoutSeconds ?? DEFAULT_KIOSK.idleTimeoutSeconds,
    countdownSeconds: input?.countdownSeconds ?? DEFAULT_KIOSK.countdownSeconds,
    exitPin: input?.exitPin ? { salt, sha256: sha256Hex(salt + input.exitPin) } : null,
  };
}
