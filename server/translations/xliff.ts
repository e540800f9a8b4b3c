import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../errors';
import { stateNote, type ImportedFile, type ImportedUnit, type TranslationExport } from './translation-file';

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

// XLIFF 2.0 unit ids are NMTOKENs; a string id that is not one (a choice value with a space) gets
// a positional id, and the string id always travels in `name`, which is what import reads.
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

/** XLIFF 2.0 segment states: a stale or missing translation starts over at `initial`. */
function segmentState(detail: TranslationExport['strings'][number], status: TranslationExport['status']): string {
  if (detail.state !== 'translated') return 'initial';
  if (status === 'approved' || status === 'reviewed') return 'final';
  return status === 'community_reviewed' ? 'reviewed' : 'translated';
}

export function toXliff(file: TranslationExport): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="en" trgLang="${escapeXml(file.locale)}">`,
    `  <file id="${escapeXml(file.name)}">`,
    '    <notes>',
    `      <note category="language-status">${escapeXml(file.status)}</note>`,
    '    </notes>',
  ];
  file.strings.forEach((detail, index) => {
    const id = NMTOKEN.test(detail.id) ? detail.id : `u${index + 1}`;
    const note = stateNote(detail.state);
    lines.push(`    <unit id="${escapeXml(id)}" name="${escapeXml(detail.id)}">`);
    if (note) lines.push('      <notes>', `        <note category="state">${detail.state}</note>`, `        <note>${escapeXml(note)}</note>`, '      </notes>');
    lines.push(`      <segment state="${segmentState(detail, file.status)}">`);
    lines.push(`        <source>${escapeXml(detail.source)}</source>`);
    if (detail.text !== null && detail.text !== '') lines.push(`        <target>${escapeXml(detail.text)}</target>`);
    lines.push('      </segment>', '    </unit>');
  });
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['file', 'unit', 'segment', 'note', 'group'].includes(name),
});

type Node = Record<string, unknown>;

function invalid(message: string): AppError {
  return new AppError(400, 'invalid_translation_file', message);
}

/** Text of an element that must hold only text; inline XLIFF codes (<ph>, <pc>) are not supported. */
function textOf(value: unknown, what: string, id: string): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Object.keys(value).every((key) => key === '#text' || key.startsWith('@_'))) {
    return String((value as Node)['#text'] ?? '');
  }
  throw invalid(`The ${what} of "${id}" holds XML elements (inline codes); write HTML markup as escaped text (&lt;p&gt;).`);
}

function unitsOf(container: Node): Node[] {
  const groups = (container.group as Node[] | undefined) ?? [];
  return [...((container.unit as Node[] | undefined) ?? []), ...groups.flatMap(unitsOf)];
}

export function parseXliff(text: string): ImportedFile {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw invalid(`The XLIFF file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`);
  const document = parser.parse(text) as Node;
  const root = document.xliff as Node | undefined;
  if (!root || root['@_version'] !== '2.0') throw invalid('This is not an XLIFF 2.0 file: expected <xliff version="2.0">.');
  const units: ImportedUnit[] = [];
  for (const file of (root.file as Node[] | undefined) ?? []) {
    for (const unit of unitsOf(file)) {
      const id = String(unit['@_name'] ?? unit['@_id'] ?? '');
      const segments = (unit.segment as Node[] | undefined) ?? [];
      if (segments.length !== 1) throw invalid(`The unit "${id}" must hold exactly one <segment>.`);
      const segment = segments[0]!;
      const state = String(segment['@_state'] ?? 'initial');
      units.push({
        id,
        source: textOf(segment.source, 'source', id) ?? '',
        target: textOf(segment.target, 'target', id),
        confirmed: state === 'translated' || state === 'reviewed' || state === 'final',
      });
    }
  }
  return { locale: typeof root['@_trgLang'] === 'string' ? root['@_trgLang'] : null, units };
}
