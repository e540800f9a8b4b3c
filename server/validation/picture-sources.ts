/**
 * Pictures a respondent's page cannot show. Its image policy (server/web/security-headers.ts,
 * `img-src 'self' data:`) loads pictures from Tessera itself or from data: URLs only, so an
 * image or an imagepicker choice linked to another site is drawn broken, and survey-core
 * disables an imagepicker choice whose picture does not load: the question cannot be answered.
 * Tessera serves pictures at /pictures/<file> (server/web/web.routes.ts, from client/public/pictures/).
 */
export interface ForeignPicture {
  /** Where in the JSON document: `pages[0].elements[3].choices[1].imageLink`. */
  path: string;
  message: string;
}

/** Properties survey-core draws as pictures: an image's or a choice's picture, and the survey's logo. */
const PICTURE_PROPERTIES = new Set(['imageLink', 'logo', 'backgroundImage']);
const SERVED = /^\/pictures\/[A-Za-z0-9_.-]+$/;

/** True for a picture the respondent page may show: one Tessera serves, or one written out as a data: URL. */
export function isShowablePicture(link: string): boolean {
  return link.startsWith('data:image/') || (SERVED.test(link) && !link.includes('..'));
}

/** Every picture in the document linked elsewhere, with its place, in document order. */
export function findForeignPictures(surveyJson: unknown): ForeignPicture[] {
  const found: ForeignPicture[] = [];
  walk(surveyJson, '', found);
  return found;
}

function walk(node: unknown, path: string, found: ForeignPicture[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${path}[${index}]`, found));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    const at = path ? `${path}.${key}` : key;
    if (PICTURE_PROPERTIES.has(key)) check(value, at, found);
    else walk(value, at, found);
  }
}

/** A picture link is text, or text per language (`{ "default": ..., "fr": ... }`). */
function check(value: unknown, path: string, found: ForeignPicture[]): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [language, link] of Object.entries(value)) check(link, `${path}.${language}`, found);
    return;
  }
  if (typeof value !== 'string' || value.trim() === '' || isShowablePicture(value)) return;
  found.push({
    path,
    message:
      `The picture "${shorten(value)}" cannot be shown: the respondent page shows only pictures served by Tessera ` +
      'or written into the questionnaire. Put the file in client/public/pictures/ and link it as /pictures/<file name>, ' +
      'or paste the picture in as a data: URL (data:image/png;base64,...).',
  });
}

function shorten(link: string): string {
  return link.length > 80 ? `${link.slice(0, 77)}...` : link;
}
