import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startTessera, type RunningTessera } from '../../../server/start';
import { ensureClientBuilt } from './client-build';

export type TestServer = {
  url: string;
  adminToken: string;
  close(): Promise<void>;
  /** Calls the admin API with the admin token; a status other than 2xx throws with the problem's body. */
  api(method: string, path: string, body?: unknown): Promise<Record<string, any>>;
  /** Responses stored for the consultation behind `slug`, read through the admin API. */
  storedResponses(slug: string): Promise<StoredResponse[]>;
  /**
   * Takes the server off the network, keeping its database. Chromium's offline emulation does
   * not cover every request of a page controlled by a service worker, so "offline" tests also
   * make the server unreachable, as a dropped connection would.
   */
  stop(): Promise<void>;
  /** Starts it again on the same port and database. */
  restart(): Promise<void>;
  /** How many stored responses have this text as an answer, read from the database file itself (works while stopped). */
  countStoredWithAnswer(text: string): number;
};

export type StoredResponse = { id: string; locale: string; channel: string; community: string | null; answers: Record<string, unknown> };

/** The real server (migrated, demo seeded) on a random port and a throwaway SQLite file. */
export async function startTestServer(): Promise<TestServer> {
  const clientDist = await ensureClientBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'tessera-e2e-'));
  const adminToken = randomBytes(24).toString('hex');
  const databaseUrl = join(dir, 'tessera.sqlite');
  let running: RunningTessera | undefined = await startTessera({ port: 0, databaseUrl, adminToken, clientDist });
  const url = running.url;
  const port = Number(new URL(url).port);
  const headers = { authorization: `Bearer ${adminToken}` };

  const storedResponses = async (slug: string) => {
    const list = (await (await fetch(`${url}/api/consultations`, { headers })).json()) as {
      consultations: { id: string; slug?: string; links?: { slug: string }[] }[];
    };
    const consultation = list.consultations.find((c) => c.slug === slug || c.links?.some((link) => link.slug === slug));
    if (!consultation) throw new Error(`No consultation with the link ${slug}`);
    const body = (await (await fetch(`${url}/api/consultations/${consultation.id}/responses`, { headers })).json()) as {
      responses: StoredResponse[];
    };
    return body.responses;
  };

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { ...headers, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as Record<string, any>;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  return {
    url,
    adminToken,
    api,
    storedResponses,
    stop: async () => {
      await running?.close();
      running = undefined;
    },
    restart: async () => {
      running ??= await startTessera({ port, databaseUrl, adminToken, clientDist });
    },
    countStoredWithAnswer: (text) => {
      const sqlite = new Database(databaseUrl, { readonly: true });
      try {
        const rows = sqlite.prepare('select answers from responses').all() as { answers: string }[];
        return rows.filter((row) => Object.values(JSON.parse(row.answers) as Record<string, unknown>).includes(text)).length;
      } finally {
        sqlite.close();
      }
    },
    close: async () => {
      await running?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Saves a questionnaire for a new partnership (one community, Windsor), publishes its first
 * version and opens a consultation of it: what a researcher does before sharing a link.
 * Returns the consultation as the API gave it.
 */
export async function launchConsultation(
  server: TestServer,
  questionnaire: { key: string; title: string; survey: unknown; locales?: string[] },
): Promise<Record<string, any>> {
  const { key, title, survey, locales } = questionnaire;
  const partnership = await server.api('POST', '/api/partnerships', { name: `${title} LIP`, communities: ['Windsor'] });
  const created = await server.api('POST', '/api/questionnaires', { key, title, partnershipId: partnership.id, survey });
  await server.api('POST', `/api/questionnaires/${created.id}/versions/1/publish`);
  return server.api('POST', '/api/consultations', {
    partnershipId: partnership.id, questionnaire: key, title, audience: 'newcomers', wave: '2026', status: 'open',
    ...(locales && { locales }),
  });
}
