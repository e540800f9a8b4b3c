/**
 * The respondent's answers in progress, kept on the device so a reload or a dropped
 * connection resumes where they left off. localStorage is synchronous, so a value typed
 * just before the tab dies is already saved.
 */
export type Progress = {
  v: 1;
  locale: string;
  consented: boolean;
  community: string | null;
  data: Record<string, unknown>;
  pageNo: number;
  /** Made when the respondent starts, so a resubmission after a crash carries the same id. */
  responseId: string;
  /** Set once the response is in the delivery queue; cleared with the rest on acknowledgement. */
  submitted: boolean;
};

const PREFIX = 'tessera:progress:';

export function progressKey(slug: string, kiosk: boolean): string {
  return `${PREFIX}${kiosk ? 'kiosk' : 'c'}:${slug}`;
}

export function loadProgress(key: string): Progress | null {
  try {
    const text = localStorage.getItem(key);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<Progress>;
    return value.v === 1 && typeof value.responseId === 'string' ? (value as Progress) : null;
  } catch {
    return null;
  }
}

export function saveProgress(key: string, progress: Progress): void {
  try {
    localStorage.setItem(key, JSON.stringify(progress));
  } catch {
    // Storage full or disabled: the survey goes on, only resuming is lost.
  }
}

export function clearProgress(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear when storage is disabled.
  }
}

/** Removes in-progress state whose response the server has acknowledged. */
export function clearAcknowledged(acknowledgedId: string): void {
  try {
    for (let index = localStorage.length - 1; index >= 0; index -= 1) {
      const key = localStorage.key(index);
      if (!key?.startsWith(PREFIX)) continue;
      if (loadProgress(key)?.responseId === acknowledgedId) localStorage.removeItem(key);
    }
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}
