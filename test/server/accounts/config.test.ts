import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../server/env';

describe('reading the configuration', () => {
  it('takes the first admin account and the session settings from the environment', () => {
    const config = readConfig({
      TESSERA_ADMIN_EMAIL: 'chair@example.org',
      TESSERA_ADMIN_PASSWORD: 'a long enough password',
      TESSERA_TRUST_PROXY: '1',
      TESSERA_SESSION_IDLE_MINUTES: '30',
      TESSERA_SESSION_MAX_HOURS: '8',
    });
    expect(config.admin).toEqual({ email: 'chair@example.org', password: 'a long enough password' });
    expect(config.auth).toEqual({ trustProxy: true, sessionIdleMs: 30 * 60_000, sessionAbsoluteMs: 8 * 3_600_000 });
    expect(readConfig({}).auth).toEqual({});
    expect(readConfig({}).admin).toBeUndefined();
  });

  it('refuses an admin email without a password, and a short password, without repeating it', () => {
    expect(() => readConfig({ TESSERA_ADMIN_EMAIL: 'chair@example.org' })).toThrow(/set both TESSERA_ADMIN_EMAIL and TESSERA_ADMIN_PASSWORD/);
    let message = '';
    try {
      readConfig({ TESSERA_ADMIN_EMAIL: 'chair@example.org', TESSERA_ADMIN_PASSWORD: 'tiny-pw' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/TESSERA_ADMIN_PASSWORD: TESSERA_ADMIN_PASSWORD must be at least 10 characters/);
    expect(message).not.toContain('tiny-pw');
  });
});
