import { z } from 'zod';
import { LANGUAGE_STATUSES } from './translation-state';

export const StatusInput = z.strictObject({ status: z.enum(LANGUAGE_STATUSES) }).meta({ examples: [{ status: 'community_reviewed' }] });

export const TranslationsQuery = z.object({
  locale: z.string().optional().describe('one language, e.g. fa: its strings one by one instead of the counts of every language'),
});

// What the routes answer.
const LocaleSummary = z.object({ status: z.enum(LANGUAGE_STATUSES), translated: z.number().int(), stale: z.number().int(), missing: z.number().int() });
export const TranslationSummaryOutput = z.object({
  version: z.number().int(),
  versionStatus: z.enum(['draft', 'published']),
  locales: z.record(z.string(), LocaleSummary).describe('Per language code'),
});
export const TranslationDetailOutput = LocaleSummary.extend({
  version: z.number().int(),
  locale: z.string(),
  strings: z.array(z.object({ id: z.string(), source: z.string(), text: z.string().nullable(), state: z.enum(['translated', 'stale', 'missing']) })),
});
export const TranslationSummaryOrDetail = z.union([TranslationSummaryOutput, TranslationDetailOutput]);
export const TranslationImportOutput = TranslationSummaryOutput.extend({
  changed: z.number().int().describe('Strings whose text changed'),
  confirmed: z.number().int().describe('Stale strings confirmed unchanged'),
});
