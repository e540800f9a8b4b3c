import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../client/src/route';

describe('parseRoute', () => {
  it.each([
    ['/c/demo', '', 'web'],
    ['/c/demo', '?ch=qr', 'phone'],
    ['/kiosk/demo', '?ch=qr', 'kiosk'],
    ['/c/demo/', '?lang=fr', 'web'],
  ])('gives %s%s the %s channel', (path, search, channel) => {
    const route = parseRoute(path, search);
    expect(route.kind).toBe('respondent');
    expect(route.kind === 'respondent' && route.channel).toBe(channel);
  });

  it('reads the language, the community and the kiosk timings from the link', () => {
    expect(parseRoute('/kiosk/k7m2qp', '?lang=ar&community=Peel&idle=3&countdown=2&thanks=x')).toEqual({
      kind: 'respondent', slug: 'k7m2qp', kiosk: true, channel: 'kiosk', lang: 'ar', community: 'Peel',
      timing: { idleSeconds: 3, countdownSeconds: 2, thanksSeconds: null },
    });
  });

  it('recognises the poster page and rejects other paths', () => {
    expect(parseRoute('/poster/demo', '?community=Ottawa')).toEqual({ kind: 'poster', slug: 'demo', community: 'Ottawa' });
    expect(parseRoute('/c/../admin', '')).toEqual({ kind: 'unknown' });
    expect(parseRoute('/', '')).toEqual({ kind: 'unknown' });
  });
});
