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
      start: null,
      linkParams: [['community', 'Peel'], ['idle', '3'], ['countdown', '2'], ['thanks', 'x']],
    });
  });

  it('reads a consent given on the server-drawn page, and keeps only link parameters to carry along', () => {
    const route = parseRoute('/c/demo', '?ch=qr&lang=fr&consent=yes&community_choice=Gatineau&utm=x');
    expect(route.kind === 'respondent' && route.start).toEqual({ community: 'Gatineau' });
    expect(route.kind === 'respondent' && route.linkParams).toEqual([['ch', 'qr']]);
    const declined = parseRoute('/c/demo', '?lang=fr&consent=no');
    expect(declined.kind === 'respondent' && declined.start).toBeNull();
  });

  it('recognises the poster page and rejects other paths', () => {
    expect(parseRoute('/poster/demo', '?community=Ottawa')).toEqual({ kind: 'poster', slug: 'demo', community: 'Ottawa' });
    expect(parseRoute('/c/../admin', '')).toEqual({ kind: 'unknown' });
    expect(parseRoute('/', '')).toEqual({ kind: 'unknown' });
  });
});
