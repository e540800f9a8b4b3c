import { z } from 'zod';
import { isThemeCode } from '../../analysis/taxonomy';
import { EXAMPLE_IDS } from '../openapi/example-ids';

export const DecisionsInput = z
  .strictObject({
    responseId: z.string().min(1),
    question: z.string().min(1),
    decisions: z
      .array(z.strictObject({ action: z.enum(['accept', 'reject', 'add']), theme: z.string().refine(isThemeCode, 'not a theme code of the taxonomy') }))
      .min(1),
  })
  .meta({
    examples: [
      {
        responseId: EXAMPLE_IDS.response,
        question: 'biggest_challenge',
        decisions: [
          { action: 'accept', theme: 'employment' },
          { action: 'add', theme: 'language' },
        ],
      },
    ],
  });

export const BulkAcceptInput = z.strictObject({ minConfidence: z.number().min(0).max(1) }).meta({ examples: [{ minConfidence: 0.8 }] });

// Read leniently, as a link typed by hand would be: anything unreadable falls back to the default.
export const ReviewQuery = z.object({
  scope: z.enum(['pending', 'second']).optional().catch(undefined).describe('pending (the default), or second: answers others decided and the caller has not'),
  limit: z.coerce.number().optional().catch(undefined).describe('1 to 200; 20 by default'),
});

// What the routes answer.
const Code = z.object({ theme: z.string(), confidence: z.number() });
const QueueItem = z.object({
  responseId: z.string(),
  question: z.string(),
  locale: z.string(),
  community: z.string(),
  text: z.string(),
  accepted: z.array(Code),
  suggestions: z.array(Code),
  decisions: z.array(z.object({ reviewer: z.string(), name: z.string(), mine: z.boolean(), theme: z.string(), action: z.enum(['accept', 'reject']) })),
});
export const ReviewQueueOutput = z.object({ items: z.array(QueueItem), pending: z.number().int(), secondPending: z.number().int() });
export const CodedOutput = z.object({ coded: z.number().int().describe('Responses coded by this call') });
export const AcceptedOutput = z.object({ accepted: z.number().int() });
export const RecordedOutput = z.object({ status: z.literal('recorded') });
const Agreement = z.object({
  answers: z.number().int(),
  kappa: z
    .array(
      z.object({
        theme: z.string(),
        n: z.number().int().describe('answers both coded'),
        presentA: z.number().int(),
        presentB: z.number().int(),
        observedAgreement: z.number().nullable(),
        expectedAgreement: z.number().nullable(),
        kappa: z.number().nullable().describe('null when there is nothing to compare or chance agreement is already perfect'),
        band: z.enum(['undefined', 'poor', 'slight', 'fair', 'moderate', 'substantial', 'almost_perfect']).describe('Landis and Koch'),
      }),
    )
    .describe("Cohen's kappa per theme, with its band"),
  alpha: z
    .array(
      z.object({
        theme: z.string(),
        pairableValues: z.number().int(),
        units: z.number().int(),
        observedDisagreement: z.number().nullable(),
        expectedDisagreement: z.number().nullable(),
        alpha: z.number().nullable().describe('null when nothing is pairable or nothing varies'),
      }),
    )
    .describe("Krippendorff's alpha (nominal) per theme"),
});
export const AgreementOutput = z.object({ machineVsHuman: Agreement, humanVsHuman: Agreement });
