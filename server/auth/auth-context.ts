import type { Kysely } from 'kysely';
import type { AppDeps } from '../app-deps';
import type { Database } from '../db/schema';
import { createAddressLimiter, type AddressLimiter } from '../accounts/address-limiter';
import { authSettings, type AuthSettings } from '../accounts/auth-settings';
import { createAccountSweeper, type SweptRows } from '../accounts/stale-rows';

/** What authentication needs, built once per app: one address limiter per server process. */
export interface AuthContext {
  db: Kysely<Database>;
  clock: () => string;
  settings: AuthSettings;
  addresses: AddressLimiter;
  /** Deletes ended sessions, throttle rows and links, at most hourly per instance. */
  sweepStaleRows: (now: string) => Promise<SweptRows | undefined>;
}

export function createAuthContext(deps: AppDeps): AuthContext {
  const settings = authSettings(deps.auth);
  return {
    db: deps.db,
    clock: deps.clock,
    settings,
    addresses: createAddressLimiter({ failures: settings.addressFailures, windowMs: settings.windowMs, blockMs: settings.blockMs }),
    sweepStaleRows: createAccountSweeper(deps.db, settings),
  };
}
