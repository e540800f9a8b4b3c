import { randomBytes } from 'node:crypto';
import { z } from 'zod';
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
  /**
   * Sites allowed to show the survey in a frame (a partner's own page). None by default: a
   * framed survey can be dressed up by anyone to collect answers under a false flag.
   */
  embedOrigins?: string[];
}

/** An https origin and nothing more ("https://partner.example.org"): what frame-ancestors names. */
export const EmbedOrigin = z.string().refine((value) => {
  try {
    const url = new URL(value);
    // The pattern keeps out wildcards and anything else a CSP source list would read as more than one host.
    return url.protocol === 'https:' && url.origin === value && /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/.test(value);
  } catch {
    return false;
  }
}, 'An embedding site is an https origin such as https://partner.example.org, with no path or trailing slash.');

export const DEFAULT_KIOSK: KioskSettings = { idleTimeoutSeconds: 90, countdownSeconds: 20, exitPin: null };

export function kioskSettings(
  input: { idleTimeoutSeconds?: number; countdownSeconds?: number; exitPin?: string; embedOrigins?: string[] } | undefined,
): KioskSettings {
  const salt = randomBytes(8).toString('hex');
  return {
    idleTimeoutSeconds: input?.idleTimeoutSeconds ?? DEFAULT_KIOSK.idleTimeoutSeconds,
    countdownSeconds: input?.countdownSeconds ?? DEFAULT_KIOSK.countdownSeconds,
    exitPin: input?.exitPin ? { salt, sha256: sha256Hex(salt + input.exitPin) } : null,
    ...(input?.embedOrigins?.length && { embedOrigins: [...new Set(input.embedOrigins)] }),
  };
}
