import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// Unambiguous on a poster: no 0/o, 1/l/i.
const SLUG_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newSlug(length = 7): string {
  const bytes = randomBytes(length);
  let slug = '';
  for (const byte of bytes) slug += SLUG_ALPHABET[byte % SLUG_ALPHABET.length];
  return slug;
}

export function newSecretToken(): string {
  return `tsr_${randomBytes(24).toString('base64url')}`;
}
