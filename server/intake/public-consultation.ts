import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { findPublicLink, type PublicLink } from './public-link';
import { createVersionCache, type PublishedVersion } from './published-versions';

export type OpenedLink = { link: PublicLink; version: PublishedVersion };

/** What a respondent's device receives: GET /api/c/{slug}, and the page the server draws. */
export type PublicConsultation = OpenedLink & {
  /** The payload as JSON text; the questionnaire is spliced in as serialised once per version. */
  text: string;
  /** The payload without the questionnaire, as an object; `survey` is version.survey. */
  fields: Record<string, unknown>;
};

/**
 * Looks up public links and the published versions they pin. One instance per app, so the
 * intake API and the pages share one cache of compiled versions.
 */
export function createPublicConsultations(db: Kysely<Database>) {
  const publishedVersion = createVersionCache(db);

  async function open(slug: string): Promise<OpenedLink> {
    const link = await findPublicLink(db, slug);
    if (!link || link.consultation.status === 'draft') {
      throw new AppError(404, 'consultation_not_found', 'This survey link does not exist or is not open yet. Check the address on the poster.');
    }
    const version = await publishedVersion(link.consultation.questionnaireVersionId);
    if (!version) throw new Error(`consultation ${link.consultation.id} pins a version that is not published`);
    return { link, version };
  }

  /** The consultation as respondents get it; 404 for an unknown or draft link, 410 once closed. */
  async function forRespondents(slug: string): Promise<PublicConsultation> {
    const { link, version } = await open(slug);
    const { consultation } = link;
    if (consultation.status === 'closed') throw closedError();
    const fields = {
      slug: link.slug,
      version: version.version,
      questionnaire: version.questionnaire,
      consultation: {
        id: consultation.id,
        title: consultation.title,
        audience: consultation.audience,
        wave: consultation.wave,
        status: consultation.status,
        partnership: link.partnershipName,
      },
      locales: consultation.locales,
      translationStatus: version.survey.translationStatus ?? {},
      community: link.community ?? (consultation.communities.length === 1 ? consultation.communities[0] : null),
      communities: consultation.communities,
      kiosk: consultation.kiosk,
    };
    const json = JSON.stringify(fields);
    return { link, version, fields, text: `{"survey":${version.surveyText},${json.slice(1)}` };
  }

  return { open, forRespondents };
}

export type PublicConsultations = ReturnType<typeof createPublicConsultations>;

export function closedError() {
  return new AppError(410, 'consultation_closed', 'This survey is closed and no longer takes answers. Thank you for your interest.');
}
