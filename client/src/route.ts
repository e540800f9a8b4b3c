export type Channel = 'kiosk' | 'phone' | 'web';

export type Route =
  | { kind: 'respondent'; slug: string; kiosk: boolean; channel: Channel; lang: string | null;
      community: string | null; timing: KioskTiming; start: LinkStart | null; linkParams: [string, string][] }
  | { kind: 'poster'; slug: string; community: string | null }
  | { kind: 'unknown' };

/** Kiosk timings from the URL; null means "use the consultation's setting". */
export type KioskTiming = { idleSeconds: number | null; countdownSeconds: number | null; thanksSeconds: number | null };

/**
 * Consent given on a page the server drew before the app's JavaScript arrived: that page's
 * form is an ordinary GET form, so it comes back as `?consent=yes` (and `community_choice`
 * when the respondent picked a community). The app turns it into a started survey and takes it
 * out of the address at once, so the link cannot carry one person's consent to another.
 */
export type LinkStart = { community: string | null };

/** What the link itself says; forms carry these along, and nothing else, when they navigate. */
const LINK_PARAMS = ['ch', 'community', 'idle', 'countdown', 'thanks'];
/** What the server-drawn forms add; removed from the address once the app has read them. */
export const FORM_PARAMS = ['lang', 'consent', 'community_choice'];

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
    start: params.get('consent') === 'yes' ? { community: params.get('community_choice') || null } : null,
    linkParams: [...params].filter(([name]) => LINK_PARAMS.includes(name)),
  };
}

function positiveNumber(text: string | null): number | null {
  if (text === null) return null;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : null;
}
