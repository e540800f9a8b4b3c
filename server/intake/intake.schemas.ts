import { z } from 'zod';
import { jsonShapeProblem } from '../lib/json-shape';

export const CHANNELS = ['kiosk', 'phone', 'web'] as const;

/**
 * A dynamic panel inside a matrix is about four levels deep; anything near this is not an
 * answer, and hashing or validating a value thousands deep would overflow the stack.
 */
export const MAX_ANSWER_DEPTH = 16;

/**
 * What a device sends. Strict: an unexpected field is refused rather than stored, so nothing
 * that identifies a device (a user agent, an IP, a fingerprint) can slip in with the answers.
 */
export const ResponseInput = z.strictObject({
  id: z.uuid('id must be a UUID generated on the device'),
  locale: z.string().min(2).max(10),
  answers: z
    .record(z.string(), z.unknown())
    .superRefine((answers, context) => {
      const problem = jsonShapeProblem(answers, MAX_ANSWER_DEPTH);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  community: z.string().min(1).max(100).optional(),
  channel: z.enum(CHANNELS).optional(),
});

export type ResponseInput = z.infer<typeof ResponseInput>;

/** Well above a 40-question response with long comments (a few KiB), well below abuse. */
export const MAX_RESPONSE_BYTES = 256 * 1024;
