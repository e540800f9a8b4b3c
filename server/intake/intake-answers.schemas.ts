import { z } from 'zod';

/** What the public intake routes answer, described once so the OpenAPI document is generated from it. */
export const StoredOutput = z.object({ id: z.string(), status: z.enum(['created', 'duplicate']).describe('duplicate: a retry of a stored response') });

export const PublicConsultationOutput = z.object({
  survey: z.record(z.string(), z.unknown()).describe('The pinned SurveyJS document'),
  slug: z.string(),
  version: z.number().int(),
  questionnaire: z.object({ id: z.string(), key: z.string(), title: z.string() }),
  consultation: z.object({
    id: z.string(),
    title: z.string(),
    audience: z.enum(['newcomers', 'providers']),
    wave: z.string(),
    status: z.enum(['draft', 'open', 'paused', 'closed']),
    partnership: z.string(),
  }),
  locales: z.array(z.string()),
  translationStatus: z.record(z.string(), z.string()),
  community: z.string().nullable().describe("The link's community, or the only one"),
  communities: z.array(z.string()),
  kiosk: z.object({
    idleTimeoutSeconds: z.number(),
    countdownSeconds: z.number(),
    exitPin: z.object({ salt: z.string(), sha256: z.string() }).nullable(),
    embedOrigins: z.array(z.string()).optional(),
  }),
});

export const HealthOutput = z.object({ status: z.literal('ok') });
