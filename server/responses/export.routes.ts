import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { AppDeps } from '../app-deps';
import type { AuthEnv } from '../auth/bearer.middleware';
import type { Caller } from '../auth/caller';
import { requireRawAccess } from '../consultations/require-consultation';
import { AppError } from '../errors';
import { csvGroupCounts, responsesToCsvLines, responsesToJsonChunks, type ExportResponse } from '../exports';
import { findQuestionnaire, findVersionById } from '../questionnaires/questionnaires.repository';
import { eachResponse } from './responses.repository';
import { CsvExportQuery, ExportQuery } from './responses.schemas';

/** CSV and JSON exports of a consultation's raw responses, streamed a page of rows at a time. */
export function exportRoutes({ db, clock }: AppDeps) {
  async function prepare(id: string, caller: Caller, query: (name: string) => string | undefined) {
    const consultation = await requireRawAccess(db, id, caller);
    const version = (await findVersionById(db, consultation.questionnaireVersionId))!;
    const questionnaire = (await findQuestionnaire(db, version.questionnaireId))!;
    const read = ExportQuery.parse({ lang: query('lang'), labels: query('labels') });
    const lang = read.lang ?? 'en';
    if (!/^[a-z]{2,3}(-[a-z]{2,4})?$/.test(lang)) throw new AppError(400, 'invalid_body', 'lang must be a language code such as en or fr.');
    const labels = read.labels ?? 'text';
    async function* responses(): AsyncGenerator<ExportResponse> {
      for await (const response of eachResponse(db, consultation.id)) {
        yield {
          id: response.id,
          submittedAt: response.receivedOn,
          community: response.community,
          channel: response.channel,
          locale: response.locale,
          questionnaireVersion: version.version,
          answers: response.answers,
        };
      }
    }
    const filename = `${questionnaire.key}-v${version.version}-${consultation.wave}`.replace(/[^a-z0-9.-]/gi, '_');
    return { survey: version.survey, questionnaire: { key: questionnaire.key, version: version.version }, lang, labels, responses, filename };
  }

  return new Hono<AuthEnv>()
    .get('/:id/export.csv', async (c) => {
      const plan = await prepare(c.req.param('id'), c.get('caller'), (name) => c.req.query(name));
      const delimiter = CsvExportQuery.shape.delimiter.parse(c.req.query('delimiter')) === 'semicolon' ? (';' as const) : (',' as const);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${plan.filename}.csv"`);
      return stream(c, async (out) => {
        // Dynamic panels and matrixdynamic get as many numbered groups as the fullest response: one pass to count them first.
        const groups = await csvGroupCounts(plan.survey, plan.responses());
        for await (const line of responsesToCsvLines({ survey: plan.survey, lang: plan.lang, labels: plan.labels, delimiter, groups, responses: plan.responses() })) {
          await out.write(line);
        }
      });
    })
    .get('/:id/export.json', async (c) => {
      const plan = await prepare(c.req.param('id'), c.get('caller'), (name) => c.req.query(name));
      c.header('content-type', 'application/json; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${plan.filename}.json"`);
      return stream(c, async (out) => {
        const chunks = responsesToJsonChunks({
          questionnaire: plan.questionnaire,
          survey: plan.survey,
          exportedAt: clock(),
          lang: plan.lang,
          labels: plan.labels,
          responses: plan.responses(),
        });
        for await (const chunk of chunks) await out.write(chunk);
      });
    });
}
