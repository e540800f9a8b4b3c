import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pinMatches, sha256Hex } from '../../client/src/kiosk/sha256';

describe('the kiosk PIN check', () => {
  it.each(['', 'abc', 'a808529474696c491234', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'é ع 中 ਪ'.repeat(20)])(
    'hashes %j exactly as node:crypto does',
    (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );

  it('accepts the PIN whose salted hash the API publishes and refuses any other', () => {
    const salt = 'a808529474696c49';
    const exitPin = { salt, sha256: createHash('sha256').update(`${salt}1234`).digest('hex') };
    expect(pinMatches('1234', exitPin)).toBe(true);
    expect(pinMatches('1235', exitPin)).toBe(false);
    expect(pinMatches('', exitPin)).toBe(false);
  });
});
