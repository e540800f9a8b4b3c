import { randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../lib/ids';

/** A fresh secret for a cookie, an invitation or a reset link: 256 random bits. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Rows are found by the secret's SHA-256 (an attacker cannot steer a hash's prefix, so the index
 * lookup leaks nothing useful); the stored hash is then compared again in constant time.
 */
export function sameHash(secret: string, storedHash: string): boolean {
  const computed = Buffer.from(sha256Hex(secret), 'utf8');
  const stored = Buffer.from(storedHash, 'utf8');
  return computed.length === stored.length && timingSafeEqual(computed, stored);
}

export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
