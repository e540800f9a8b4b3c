import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AuthEnv } from '../auth/bearer.middleware';
import { assertAdmin, assertCanRead, assertCanWrite, defaultWritablePartnership, visiblePartnerships, type Caller } from '../auth/caller';
import { AppError } from '../errors';
import { convertUpload, exportedFile } from '../imports/import-upload';
import { readJsonBody } from '../lib/validate-body';
import {
  addDraftVersion,
  createQuestionnaire,
  findQuestionnaire,
  findVersion,
  listQuestionnaires,
  listVersions,
  publishDraft,
  updateDraft,
  type Questionnaire,
} from './questionnaires.repository';
import { DiffQuery, DraftEdit, ExportQuery, LinksInput, QuestionnaireInput, VersionInput } from './questionnaires.schemas';
import { diffQuestionnaires, formatDiff } from './semantic-diff';
import { validateLinks } from './question-links';
import { linksOf, saveLinks, storedLinks } from './question-links.repository';
import { findSurveyProblems } from './survey-check';
import { prepareLanguagesForPublishing, type PublishLanguageChoices } from '../translations/publish-languages';
import { readPublishChoices } from '../translations/publish-options';
import { stampTranslationSources } from '../translations/stamp-sources';
import { latestSurvey } from '../translations/translation-service';

function assertSurveyPublishable(survey: unknown): void {
  const problems = findSurveyProblems(survey);
  if (problems.length) {
    throw new AppError(422, 'invalid_survey', 'The questionnaire cannot be published as it is; see fields.', problems);
  }
}

/** Shared questionnaires (no partnership) are the admins'; a partnership's are its researchers'. */
function assertCanEdit(caller: Caller, questionnaire: Questionnaire): void {
  if (questionnaire.partnershipId === null) assertAdmin(caller);
  else assertCanWrite(caller, questionnaire.partnershipId);
}

function assertCanSee(caller: Caller, questionnaire: Questionnaire): void {
  if (questionnaire.partnershipId !== null) assertCanRead(caller, questionnaire.partnershipId);
}

export function questionnaireRoutes({ db, clock }: AppDeps) {
  async function loadQuestionnaire(idOrKey: string, caller: Caller) {
    const questionnaire = await findQuestionnaire(db, idOrKey);
    if (!questionnaire) throw new AppError(404, 'questionnaire_not_found', 'No questionnaire has this id or key.');
    assertCanSee(caller, questionnaire);
    return questionnaire;
  }

  async function loadVersion(questionnaireId: string, raw: string) {
    const number = Number(raw);
    const version = Number.isInteger(number) ? await findVersion(db, questionnaireId, number) : undefined;
    if (!version) throw new AppError(404, 'version_not_found', `This questionnaire has no version ${raw}.`);
    return version;
  }

  async function publish(loaded: Awaited<ReturnType<typeof loadVersion>>, languages: PublishLanguageChoices = {}) {
    const version = { ...loaded, survey: prepareLanguagesForPublishing(loaded.survey, languages) };
    assertSurveyPublishable(version.survey);
    if (version.survey !== loaded.survey && loaded.status === 'draft') await updateDraft(db, version.id, version.survey);
    if (!(await publishDraft(db, version, clock()))) {
      throw new AppError(409, 'version_published', `Version ${version.version} is already published and cannot change.`);
    }
    // Links nobody confirmed are frozen as proposed, so later comparisons read what was published.
    if (!(await storedLinks(db, version.id))) {
      await saveLinks(db, version.id, (await linksOf(db, version)).links, 'proposed', clock(), { evenIfPublished: true });
    }
    return (await findVersion(db, version.questionnaireId, version.version))!;
  }

  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const caller = c.get('caller');
      const questionnaires = await listQuestionnaires(db, visiblePartnerships(caller));
      return c.json({ questionnaires });
    })
    .post('/', async (c) => {
      const caller = c.get('caller');
      const input = await readJsonBody(c, QuestionnaireInput);
      const partnershipId = input.partnershipId ?? defaultWritablePartnership(caller);
      if (partnershipId === null) assertAdmin(caller);
      else assertCanWrite(caller, partnershipId);
      if (await findQuestionnaire(db, input.key)) {
        throw new AppError(409, 'key_taken', `A questionnaire with the key "${input.key}" already exists; choose another key.`);
      }
      if (input.survey && input.import) throw new AppError(400, 'invalid_body', 'Send either survey or import, not both.');
      const imported = input.import ? await convertUpload(input.import) : undefined;
      const survey = imported?.survey ?? input.survey;
      const questionnaire = await createQuestionnaire(db, { key: input.key, title: input.title, partnershipId }, clock());
      const draft = survey ? await addDraftVersion(db, questionnaire.id, survey, clock()) : undefined;
      return c.json({ ...questionnaire, ...(draft && { draft: { version: draft.version } }), ...(imported && { notConverted: imported.notConverted }) }, 201);
    })
    .get('/:id', async (c) => {
      const questionnaire = await loadQuestionnaire(c.req.param('id'), c.get('caller'));
      return c.json({ ...questionnaire, versions: await listVersions(db, questionnaire.id) });
    })
    .post('/:id/versions', async (c) => {
      const questionnaire = await loadQuestionnaire(c.req.param('id'), c.get('caller'));
      assertCanEdit(c.get('caller'), questionnaire);
      const input = await readJsonBody(c, VersionInput);
      if (input.publish) assertSurveyPublishable(input.survey);
      const survey = stampTranslationSources(input.survey, await latestSurvey(db, questionnaire.id));
      const draft = await addDraftVersion(db, questionnaire.id, survey, clock());
      return c.json(input.publish ? await publish(draft) : draft, 201);
    })
    .get('/:id/versions/:version', async (c) => {
      const questionnaire = await loadQuestionnaire(c.req.param('id'), c.get('caller'));
      return c.json(await loadVersion(questionnaire.id, c.req.param('version')));
    })
    .get('/:id/versions/:version/export', async (c) => {
      const questionnaire = await loadQuestionnaire(c.req.param('id'), c.get('caller'));
      const version = await loadVersion(questionnaire.id, c.req.param('version'));
      return exportedFile(version.survey, c.req.query('format'), `${questionnaire.key}-v${version.version}`);
    })
    .put('/:id/versions/:version', async (c) => {
      const questionnaire = await loadQuestionnaire(c.req.param('id'), c.get('caller'));
      assertCanEdit(c.get('caller'), questionnaire);
      const version = await loadVersion(questionnaire.id, c.req.param('version'));
      const input = await readJsonBody(c, DraftEdit);
      if (!(await updateDraft(db, version.id, stampTranslationSources(input.survey, version.survey)))) {
        throw new AppError(409, 'version_published', `Version ${version.version} is published and frozen; add a new version instead.`);
      }
      return c.json(await loadVersion(questionnaire.id, c.req.param('version')));
    })
    .post('/:id/versions/:version/publish', async (c) => {
      const questionnaire = await loadQuestionnaire(c.req.param('id'), c.get('caller'));
      assertCanEdit(c.get('caller'), questionnaire);
      const languages = await readPublishChoices(c);
      return c.json(await publish(await loadVersion(questionnaire.id, c.req.param('version')), languages));
    })
    .get('/:id/versions/:version/links', async (c) => {
      const questionnaire = await loadQuestionnaire(c.req.param('id'), c.get('caller'));
      return c.json(await linksOf(db, await loadVersion(questionnaire.id, c.req.param('version'))));
    })
    .put('/:id/versions/:version/links', async (c) => {
      const questionnaire = await loadQuestionnaire(c.req.param('id'), c.get('caller'));
      assertCanEdit(c.get('caller'), questionnaire);
      const version = await loadVersion(questionnaire.id, c.req.param('version'));
      const input = await readJsonBody(c, LinksInput);
      if (version.status !== 'draft') {
        throw new AppError(409, 'version_published', `Version ${version.version} is published; its links are frozen with it.`);
      }
      const predecessor = version.version > 1 ? await loadVersion(questionnaire.id, String(version.version - 1)) : undefined;
      const problems = validateLinks(input.links, predecessor?.survey ?? {}, version.survey);
      if (problems.length > 0) {
        throw new AppError(422, 'invalid_links', 'Some links do not fit the two versions; see fields.', problems.map(({ field, code, message }) => ({ field, code, message })), undefined, { problems });
      }
      if (!(await saveLinks(db, version.id, input.links, 'researcher', clock()))) {
        throw new AppError(409, 'version_published', `Version ${version.version} is published; its links are frozen with it.`);
      }
      return c.json(await linksOf(db, version));
    })
    .get('/:id/diff', async (c) => {
      const questionnaire = await loadQuestionnaire(c.req.param('id'), c.get('caller'));
      const from = await loadVersion(questionnaire.id, c.req.query('from') ?? '');
      const to = await loadVersion(questionnaire.id, c.req.query('to') ?? '');
      const lang = DiffQuery.shape.lang.parse(c.req.query('lang')) ?? 'en';
      const diff = diffQuestionnaires(from.survey, to.survey);
      return c.json({ from: from.version, to: to.version, ...diff, lines: formatDiff(diff, lang) });
    });
}
