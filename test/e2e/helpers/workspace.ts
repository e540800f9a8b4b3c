import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTessera } from '../../../server/start';
import { ensureClientBuilt } from './client-build';

export type WorkspaceServer = {
  url: string;
  admin: { email: string; password: string };
  /** The admin API with the bootstrap bearer token: for setting up what a test does not watch. */
  api<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }>;
  close(): Promise<void>;
};

/** The real server (migrated, demo seeded) with a known admin account, on a throwaway SQLite file. */
export async function startWorkspaceServer(): Promise<WorkspaceServer> {
  const clientDist = await ensureClientBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'tessera-ws-e2e-'));
  const adminToken = randomBytes(24).toString('hex');
  const admin = { email: 'admin@example.org', password: 'a long admin password 1' };
  // Background coding would compete with Chromium for the two cores and is not what these tests watch.
  const running = await startTessera({ port: 0, databaseUrl: join(dir, 'tessera.sqlite'), adminToken, admin, clientDist, coding: false });
  return {
    url: running.url,
    admin,
    async api(method, path, body) {
      const response = await fetch(`${running.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${adminToken}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : undefined };
    },
    async close() {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** expect.poll with room for a busy machine: the page gets there, however slowly. */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}

/** A fresh browser context (no cookies, no storage), optionally with a viewport and locale. */
export async function freshPage(browser: Browser, options: { width?: number; locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: options.locale ?? 'en-CA',
  });
  context.setDefaultTimeout(20_000);
  return { context, page: await context.newPage() };
}

/** Signs in through the form, pointer-free, and waits for the signed-in navigation. */
export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/workspace/sign-in`);
  await page.getByLabel(/^(Email|Courriel)$/).fill(email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(password);
  await page.keyboard.press('Enter');
  await eventually(() => page.locator('nav.ws-nav').count()).toBe(1);
}

/** Invites `email` to the partnership as `role` and accepts it through the API: a person who can sign in. */
export async function invitedPerson(server: WorkspaceServer, partnershipId: string, role: string, email: string, password: string) {
  const invitation = await server.api<{ link: string }>('POST', `/api/partnerships/${partnershipId}/invitations`, { email, role });
  if (invitation.status !== 201) throw new Error(`invitation failed: ${invitation.status} ${JSON.stringify(invitation.json)}`);
  const token = invitation.json.link.split('/').pop()!;
  const accepted = await fetch(`${server.url}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ name: `Test ${role}`, password }),
  });
  if (accepted.status !== 200) throw new Error(`accepting failed: ${accepted.status} ${await accepted.text()}`);
}
