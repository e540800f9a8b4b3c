/**
 * Pictures a respondent's page cannot show. Its image policy (server/web/security-headers.ts,
 * `img-src 'self' data:`) loads pictures from Tessera itself or from data: URLs only, so an
 * image or an imagepicker choice linked to another site is drawn broken, and survey-core
 * disables an imagepicker choice whose picture does not load: the question cannot be answered.
 * Tessera serves pictures at /pictures/<file> (server/web/web.routes.ts, from client/public/pictures/).
 */
import { isServedPicture, pictureLinks } from '../../surveys/picture-links';

export interface ForeignPicture {
  /** Where in the JSON document: `pages[0].elements[3].choices[1].imageLink`. */
  path: string;
  message: string;
}

/** True for a picture the respondent page may show: one Tessera serves, or one written out as a data: URL. */
export function isShowablePicture(link: string): boolean {
  return link.startsWith('data:image/') || isServedPicture(link);
}

/** Every picture in the document linked elsewhere, with its place, in document order. */
export function findForeignPictures(surveyJson: unknown): ForeignPicture[] {
  return pictureLinks(surveyJson)
    .filter(({ link }) => !isShowablePicture(link))
    .map(({ path, link }) => ({
      path,
      message:
        `The picture "${shorten(link)}" cannot be shown: the respondent page shows only pictures served by Tessera ` +
        'or written into the questionnaire. Put the file in client/public/pictures/ and link it as /pictures/<file name>, ' +
        'or paste the picture in as a data: URL (data:image/png;base64,...).',
    }));
}

function shorten(link: string): string {
  return link.length > 80 ? `${link.slice(0, 77)}...` : link;
}
