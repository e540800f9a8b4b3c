export type Channel = 'kiosk' | 'phone' | 'web';

export type Route =
  | { kind: 'respondent'; slug: string; kiosk: boolean; channel: Channel; lang: string | null;
      community: string | null; timing: KioskTiming }
  | { kind: 'poster'; slug: string; community: string | null }
  | { kind: 'unknown' };

/** Kiosk timings from the URL; null means "use the consultation's setting". */
export type KioskTiming = { idleSeconds: number | null; countdownSeconds: number | null; thanksSeconds: number | null };

const PATH = /^\/(c|kiosk|poster)\/([A-Za-z0-9_-]+)\/?$/;

/**
 * Channel rule: a /kiosk link is the kiosk; `?ch=qr` (printed on posters) means a phone
 * camera opened the link; anything else is the web. The rule looks only at the link,
 * never at the device, so nothing about the device is recorded.
 */
export function parseRoute(pathname: string, search: string): Route {
  const match = PATH.exec(pathname);
  if (!match) return { kind: 'unknown' };
  const [, kind, slug = ''] = match;
  const params = new URLSearchParams(search);
  const community = params.get('community');
  if (kind === 'poster') return { kind: 'poster', slug, community };
  const kiosk = kind === 'kiosk';
  const channel: Channel = kiosk ? 'kiosk' : params.get('ch') === 'qr' ? 'phone' : 'web';
  return {
    kind: 'respondent',
    slug,
    kiosk,
    channel,
    lang: params.get('lang'),
    community,
    timing: {
      idleSeconds: positiveNumber(params.get('idle')),
      countdownSeconds: positiveNumber(params.get('countdown')),
      thanksSeconds: positiveNumber(params.get('thanks')),
    },
  };
}

function positiveNumber(text: string | null): number | null {
  if (text === null) return null;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : null;
}
