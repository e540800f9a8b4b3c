import { DAY, HOUR, MINUTE } from './secrets';

/** Lifetimes and limits of sign-in; AppDeps may override any of them (tests shorten them). */
export interface AuthSettings {
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  invitationMs: number;
  passwordResetMs: number;
  /** Honour X-Forwarded-Proto and X-Forwarded-For (only behind a proxy that sets them). */
  trustProxy: boolean;
  /** Failed sign-ins per account within the window before it is held for `blockMs`. */
  accountFailures: number;
  /** Failed sign-ins or bearer authentications per client address within the window. */
  addressFailures: number;
  windowMs: number;
  blockMs: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionIdleMs: 2 * HOUR,
  sessionAbsoluteMs: 12 * HOUR,
  invitationMs: 7 * DAY,
  passwordResetMs: 24 * HOUR,
  trustProxy: false,
  accountFailures: 5,
  addressFailures: 30,
  windowMs: 15 * MINUTE,
  blockMs: 15 * MINUTE,
};

export function authSettings(overrides: Partial<AuthSettings> = {}): AuthSettings {
  return { ...DEFAULT_AUTH_SETTINGS, ...overrides };
}
