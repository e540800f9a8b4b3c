import { z } from 'zod';
import { EXAMPLE_IDS } from '../openapi/example-ids';
import { EmbedOrigin } from './kiosk-settings';

export const ConsultationStatusInput = z.enum(['draft', 'open', 'paused', 'closed']);

export const ConsultationInput = z
  .strictObject({
    partnershipId: z.string().min(1),
    questionnaire: z.string().min(1).describe('questionnaire id or key'),
    version: z.number().int().positive().optional().describe('a published version; the latest published if omitted'),
    title: z.string().trim().min(1).max(200),
    audience: z.enum(['newcomers', 'providers']),
    wave: z.string().trim().min(1).max(40),
    communities: z.array(z.string().trim().min(1).max(100)).min(1).max(100).optional(),
    locales: z.array(z.string().min(2).max(10)).min(1).optional(),
    status: ConsultationStatusInput.optional(),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{2,40}$/, 'Use 3–41 lowercase letters, digits and dashes.').optional(),
    kiosk: z
      .strictObject({
        idleTimeoutSeconds: z.number().int().min(10).max(3600).optional(),
        countdownSeconds: z.number().int().min(3).max(300).optional(),
        exitPin: z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits.').optional(),
        embedOrigins: z.array(EmbedOrigin).max(20).optional().describe('https origins that may show the survey in a frame; none by default'),
      })
      .optional(),
  })
  .meta({
    examples: [
      {
        partnershipId: EXAMPLE_IDS.partnership,
        questionnaire: 'newcomer-needs',
        title: 'Newcomer needs 2026',
        audience: 'newcomers',
        wave: '2026',
        communities: ['Peel'],
        locales: ['en', 'fr'],
        status: 'open',
        kiosk: { idleTimeoutSeconds: 120, exitPin: '2468' },
      },
    ],
  });

export const StatusChange = z.strictObject({ status: ConsultationStatusInput }).meta({ examples: [{ status: 'paused' }] });

// What the routes answer.
const Count = z.object({ key: z.string(), n: z.number() });
export const ConsultationOutput = z.object({
  id: z.string(),
  partnershipId: z.string(),
  questionnaireVersionId: z.string(),
  title: z.string(),
  audience: z.enum(['newcomers', 'providers']),
  wave: z.string(),
  communities: z.array(z.string()),
  locales: z.array(z.string()),
  status: ConsultationStatusInput,
  kiosk: z.object({
    idleTimeoutSeconds: z.number(),
    countdownSeconds: z.number(),
    exitPin: z.object({ salt: z.string(), sha256: z.string() }).nullable().describe('The staff PIN, salted and hashed'),
    embedOrigins: z.array(z.string()).optional(),
  }),
  createdAt: z.string(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  slug: z.string().optional().describe('The public link of the whole consultation'),
  links: z.array(z.object({ slug: z.string(), community: z.string().nullable(), url: z.string(), kiosk: z.string(), poster: z.string() })),
  responses: z.number().int(),
});
export const ConsultationsOutput = z.object({ consultations: z.array(ConsultationOutput) });
export const ProgressOutput = z.object({
  total: z.number().int(),
  byCommunity: z.array(Count),
  byLocale: z.array(Count),
  byChannel: z.array(Count),
  byDay: z.array(Count).describe('Responses per day received (YYYY-MM-DD)'),
  reviewPending: z.number().int().describe('Open answers waiting for a reviewer'),
});
