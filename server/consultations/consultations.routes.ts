import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AuthEnv } from '../auth/bearer.middleware';
import { assertCanRead, assertCanWrite, visiblePartnerships } from '../auth/caller';
import { AppError } from '../errors';
import { readJsonBody } from '../lib/validate-body';
import { findPartnership } from '../partnerships/partnerships.repository';
import { findQuestionnaire, findVersion, listVersions } from '../questionnaires/questionnaires.repository';
import { surveyLocales } from '../questionnaires/survey-locales';
import {
  canMoveTo,
  createConsultation,
  linksOf,
  listConsultations,
  responseCounts,
  setStatus,
  isSlugTaken,
  type Consultation,
} from './consultations.repository';
import { ConsultationInput, StatusChange } from './consultations.schemas';
import { kioskSettings } from './kiosk-settings';
import { requireConsultation } from './require-consultation';

export function consultationRoutes({ db, clock }: AppDeps) {
  async function present(consultations: Consultation[]) {
    const ids = consultations.map((c) => c.id);
    const [links, counts] = await Promise.all([linksOf(db, ids), responseCounts(db, ids)]);
    return consultations.map((consultation) => {
      const own = links.filter((link) => link.consultation_id === consultation.id);
      const main = own.find((link) => link.community === null);
      return {
        ...consultation,
        slug: main?.slug,
        links: own.map(({ slug, community }) => ({ slug, community, url: `/c/${slug}`, kiosk: `/kiosk/${slug}`, poster: `/poster/${slug}` })),
        responses: counts.get(consultation.id) ?? 0,
      };
    });
  }

  const load = (id: string) => requireConsultation(db, id);

  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const caller = c.get('caller');
      const consultations = await listConsultations(db, visiblePartnerships(caller));
      return c.json({ consultations: await present(consultations) });
    })
    .post('/', async (c) => {
      const input = await readJsonBody(c, ConsultationInput);
      assertCanWrite(c.get('caller'), input.partnershipId);
      const partnership = await findPartnership(db, input.partnershipId);
      if (!partnership) throw new AppError(404, 'partnership_not_found', 'No partnership has this id.');
      const questionnaire = await findQuestionnaire(db, input.questionnaire);
      if (!questionnaire || (questionnaire.partnershipId && questionnaire.partnershipId !== partnership.id)) {
        throw new AppError(404, 'questionnaire_not_found', 'No questionnaire this partnership can use has this id or key.');
      }
      const published = (await listVersions(db, questionnaire.id)).filter((v) => v.status === 'published');
      const versionNumber = input.version ?? published.at(-1)?.version;
      const version = versionNumber === undefined ? undefined : await findVersion(db, questionnaire.id, versionNumber);
      if (!version || version.status !== 'published') {
        throw new AppError(409, 'version_not_published', 'A consultation pins a published version: publish the questionnaire first.');
      }
      const available = surveyLocales(version.survey);
      const locales = input.locales ?? available;
      const missing = locales.filter((locale) => !available.includes(locale));
      if (missing.length) {
        throw new AppError(422, 'unsupported_locale', `The questionnaire is not translated into: ${missing.join(', ')}.`, [
          { field: 'locales', code: 'unsupported_locale', message: `Available: ${available.join(', ')}.` },
        ]);
      }
      if (input.slug && (await isSlugTaken(db, input.slug))) {
        throw new AppError(409, 'key_taken', `The link "${input.slug}" is already used; choose another.`);
      }
      const consultation = await createConsultation(
        db,
        {
          partnershipId: partnership.id,
          questionnaireVersionId: version.id,
          title: input.title,
          audience: input.audience,
          wave: input.wave,
          communities: input.communities ?? partnership.communities,
          locales,
          status: input.status === 'open' ? 'open' : 'draft',
          kiosk: kioskSettings(input.kiosk),
          ...(input.slug && { slug: input.slug }),
        },
        clock(),
      );
      const [presented] = await present([consultation]);
      return c.json(presented, 201);
    })
    .get('/:id', async (c) => {
      const consultation = await load(c.req.param('id'));
      assertCanRead(c.get('caller'), consultation.partnershipId);
      const [presented] = await present([consultation]);
      return c.json(presented);
    })
    .post('/:id/status', async (c) => {
      const consultation = await load(c.req.param('id'));
      assertCanWrite(c.get('caller'), consultation.partnershipId);
      const { status } = await readJsonBody(c, StatusChange);
      if (!canMoveTo(consultation.status, status) || !(await setStatus(db, consultation, status, clock()))) {
        throw new AppError(409, 'invalid_status_change', `A ${consultation.status} consultation cannot become ${status}.`);
      }
      const [presented] = await present([await load(consultation.id)]);
      return c.json(presented);
    });
}
