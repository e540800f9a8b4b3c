import { z } from 'zod';

// Paging reads leniently: an unreadable number falls back to the default.
export const ResponsesQuery = z.object({
  after: z.coerce.number().optional().catch(undefined).describe('the next value of the previous page; from the start by default'),
  limit: z.coerce.number().optional().catch(undefined).describe('1 to 1000; 100 by default'),
});

export const ExportQuery = z.object({
  lang: z.string().optional().describe('language of labels and headers, e.g. en or fr; en by default'),
  labels: z.enum(['text', 'values']).optional().catch(undefined).describe('choice texts (the default) or their stored values'),
});

export const CsvExportQuery = ExportQuery.extend({
  delimiter: z.enum(['comma', 'semicolon']).optional().catch(undefined).describe('semicolon for spreadsheets set to a French locale; comma by default'),
});

// What the routes answer.
const StoredResponse = z.object({
  id: z.string(),
  seq: z.number().int(),
  consultationId: z.string(),
  questionnaireVersionId: z.string(),
  community: z.string(),
  locale: z.string(),
  channel: z.enum(['kiosk', 'phone', 'web']),
  answers: z.record(z.string(), z.unknown()),
  receivedOn: z.string().describe('The day received (YYYY-MM-DD): no finer time is kept'),
});
export const ResponsesPage = z.object({
  responses: z.array(StoredResponse),
  next: z.number().int().nullable().describe('Pass as ?after= for the next page; null on the last page'),
});
