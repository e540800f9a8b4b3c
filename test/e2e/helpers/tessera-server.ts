import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTessera } from '../../../server/start';
import { ensureClientBuilt } from './client-build';

export type TestServer = {
  url: string;
  adminToken: string;
  close(): Promise<void>;
  /** Responses stored for the consultation behind `slug`, read through the admin API. */
  storedResponses(slug: string): Promise<StoredResponse[]>;
};

export type StoredResponse = { id: string; locale: string; channel: string; community: string | null; answers: Record<string, unknown> };

/** The real server (migrated, demo seeded) on a random port and a throwaway SQLite file. */
export async function startTestServer(): Promise<TestServer> {
  const clientDist = await ensureClientBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'tessera-e2e-'));
  const adminToken = randomBytes(24).toString('hex');
  const running = await startTessera({ port: 0, databaseUrl: join(dir, 'tessera.sqlite'), adminToken, clientDist });
  const headers = { authorization: `Bearer ${adminToken}` };

  const storedResponses = async (slug: string) => {
    const list = (await (await fetch(`${running.url}/api/consultations`, { headers })).json()) as {
      consultations: { id: string; slug?: string; links?: { slug: string }[] }[];
    };
    const consultation = list.consultations.find((c) => c.slug === slug || c.links?.some((link) => link.slug === slug));
    if (!consultation) throw new Error(`No consultation with the link ${slug}`);
    const body = (await (await fetch(`${running.url}/api/consultations/${consultation.id}/responses`, { headers })).json()) as {
      responses: StoredResponse[];
    };
    return body.responses;
  };

  return {
    url: running.url,
    adminToken,
    storedResponses,
    close: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
