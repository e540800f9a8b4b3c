/**
 * Where a SurveyJS questionnaire links pictures, and which of those links Tessera serves itself
 * (/pictures/<file>, from client/public/pictures/). Publishing refuses the others
 * (server/validation/picture-sources.ts); the respondent app keeps the served ones on the device
 * so a questionnaire opened once shows its pictures offline (client/src/offline-pictures.ts).
 */
export type PictureLink = {
  /** Where in the JSON document: `pages[0].elements[3].choices[1].imageLink`, `logo.fr`. */
  path: string;
  link: string;
};

/** Properties survey-core draws as pictures: an image's or a choice's picture, and the survey's logo. */
const PICTURE_PROPERTIES = new Set(['imageLink', 'logo', 'backgroundImage']);
const SERVED = /^\/pictures\/[A-Za-z0-9_.-]+$/;

/** True for a link to a picture file Tessera serves. */
export function isServedPicture(link: string): boolean {
  return SERVED.test(link) && !link.includes('..');
}

/** Every non-blank picture link in the document, in every language, in document order. */
export function pictureLinks(surveyJson: unknown): PictureLink[] {
  const found: PictureLink[] = [];
  walk(surveyJson, '', found);
  return found;
}

function walk(node: unknown, path: string, found: PictureLink[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${path}[${index}]`, found));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    const at = path ? `${path}.${key}` : key;
    if (PICTURE_PROPERTIES.has(key)) collect(value, at, found);
    else walk(value, at, found);
  }
}

/** A picture link is text, or text per language (`{ "default": ..., "fr": ... }`). */
function collect(value: unknown, path: string, found: PictureLink[]): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [language, link] of Object.entries(value)) collect(link, `${path}.${language}`, found);
    return;
  }
  if (typeof value === 'string' && value.trim() !== '') found.push({ path, link: value });
}
