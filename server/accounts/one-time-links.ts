import { AppError, type ErrorCode } from '../errors';

/** Why a single-use link no longer works: unknown, already used, or expired. */
export function assertLinkUsable(
  link: { usedAt: string | null; expiresAt: string } | undefined,
  now: string,
  codes: { missing: ErrorCode; used: ErrorCode; expired: ErrorCode },
  what: string,
): asserts link is { usedAt: null; expiresAt: string } {
  if (!link) throw new AppError(404, codes.missing, `This ${what} link is not recognised. Ask for a new one.`);
  if (link.usedAt) throw new AppError(410, codes.used, `This ${what} link has already been used. Ask for a new one if you need it.`);
  if (Date.parse(now) >= Date.parse(link.expiresAt)) {
    throw new AppError(410, codes.expired, `This ${what} link expired on ${link.expiresAt.slice(0, 10)}. Ask for a new one.`);
  }
}
