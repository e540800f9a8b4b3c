import { isServedPicture, pictureLinks } from '../../surveys/picture-links';

/** Shared with the service worker (client/src/sw/service-worker.ts), which answers /pictures/* from it. */
export const PICTURE_CACHE = 'tessera-pictures';

/**
 * Keeps every picture the questionnaire links from Tessera (/pictures/<file>) in Cache Storage,
 * so a survey opened once shows them offline, on its later pages too. Started once the page is
 * idle: the pictures must not compete with the first page's own requests on a slow connection.
 * Each fetch goes through the browser's HTTP cache (the server allows a day), so opening the
 * survey again costs no data while a replaced picture still arrives within a day.
 */
export function keepPicturesOffline(survey: unknown): void {
  if (!('caches' in globalThis)) return;
  const links = [...new Set(pictureLinks(survey).map(({ link }) => link).filter(isServedPicture))];
  if (links.length === 0) return;
  whenIdle(async () => {
    try {
      const cache = await caches.open(PICTURE_CACHE);
      // One missing file must not keep the others off the device, as cache.addAll would.
      await Promise.allSettled(links.map((link) => cache.add(link)));
    } catch {
      // Private browsing or a full disk: the pictures still load online.
    }
  });
}

function whenIdle(task: () => Promise<void>): void {
  const run = () => void task();
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: 5_000 });
  else setTimeout(run, 1_000);
}
