import type { PublicConsultations } from '../intake/public-consultation';

const RESPONDENT_PAGE = /^\/(?:c|kiosk|poster)\/([A-Za-z0-9_-]+)\/?$/;

/** The origins a consultation lets frame its pages (kiosk settings' embedOrigins); none for any other page. */
export function embedOriginsOf(consultations: PublicConsultations) {
  return async (pathname: string): Promise<readonly string[]> => {
    const slug = RESPONDENT_PAGE.exec(pathname)?.[1];
    if (!slug) return [];
    const { link } = await consultations.open(slug);
    return link.consultation.kiosk.embedOrigins ?? [];
  };
}
