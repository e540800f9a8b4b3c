import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webRoutes } from '../../server/web/web.routes';

const dist = mkdtempSync(join(tmpdir(), 'tessera-dist-'));
mkdirSync(join(dist, 'assets'));
const respondentShell = `<!doctype html><html><body><div id="root">respondent</div></body></html>`;
const workspacePage = `<!doctype html><html><body><div id="root">workspace</div>${' '.repeat(600)}</body></html>`;
writeFileSync(join(dist, 'index.html'), respondentShell);
writeFileSync(join(dist, 'workspace.html'), workspacePage);
const app = webRoutes({ distDir: dist });

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the workspace pages', () => {
  it.each(['/workspace', '/workspace/', '/workspace/sign-in', '/workspace/consultations/abc/progress', '/workspace/accept/tok-123'])(
    'serves the workspace page at %s, revalidated on every visit and never framed',
    async (path) => {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(await response.text()).toBe(workspacePage);
    },
  );

  it('compresses the workspace page like the respondent pages', async () => {
    const response = await app.request('/workspace/questionnaires', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('keeps serving the respondent shell at the respondent addresses', async () => {
    for (const path of ['/c/demo', '/kiosk/demo', '/poster/demo']) {
      const response = await app.request(path);
      expect(await response.text()).toBe(respondentShell);
    }
  });

  it('does not treat addresses that merely start with "workspace" as the workspace', async () => {
    expect((await app.request('/workspaces')).status).toBe(404);
  });
});
