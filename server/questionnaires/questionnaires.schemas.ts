import { z } from 'zod';
import { ImportInput } from '../imports/import-upload';
import { LINK_KINDS } from './question-links';

/** A small survey the examples share: one localized single-choice question. */
const EXAMPLE_SURVEY = {
  title: { default: 'Housing pulse check', fr: 'Sondage éclair sur le logement' },
  pages: [
    {
      name: 'housing',
      elements: [
        {
          type: 'radiogroup',
          name: 'housing_need',
          title: { default: 'Is finding housing hard for you?', fr: 'Trouver un logement est-il difficile pour vous?' },
          choices: [
            { value: 'yes', text: { default: 'Yes', fr: 'Oui' } },
            { value: 'no', text: { default: 'No', fr: 'Non' } },
          ],
        },
      ],
    },
  ],
};

export const SurveyJson = z.record(z.string(), z.unknown()).describe('A SurveyJS document; every string may be localized');

export const QuestionnaireInput = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Use 2–63 lowercase letters, digits and dashes.'),
    title: z.string().trim().min(1).max(200),
    partnershipId: z.string().nullable().optional(),
    survey: SurveyJson.optional(),
    /** Instead of `survey`: an XLSForm, LimeSurvey .lss or SurveyJS file, converted (docs/imports.md). */
    import: ImportInput.optional().describe('Instead of survey: an XLSForm .xlsx, LimeSurvey .lss or SurveyJS JSON file, base64 (docs/imports.md)'),
  })
  .meta({ examples: [{ key: 'housing-pulse', title: 'Housing pulse check', survey: EXAMPLE_SURVEY }] });

export const VersionInput = z
  .strictObject({ survey: SurveyJson, publish: z.boolean().optional().describe('publish the new version at once') })
  .meta({ examples: [{ survey: EXAMPLE_SURVEY, publish: true }] });

export const DraftEdit = z.strictObject({ survey: SurveyJson }).meta({ examples: [{ survey: EXAMPLE_SURVEY }] });

export const SurveyCheckInput = z
  .strictObject({
    survey: z.unknown().optional(),
    import: ImportInput.optional().describe('Instead of survey: an XLSForm .xlsx or LimeSurvey .lss file, base64; the answer then carries the converted survey'),
  })
  .refine((input) => (input.survey === undefined) !== (input.import === undefined), { message: 'Send either survey or import, not both and not neither.' })
  .meta({ examples: [{ survey: EXAMPLE_SURVEY }] });

export const ExportQuery = z.object({ format: z.enum(['surveyjs', 'xlsform']).optional().describe('surveyjs (the default) or xlsform') });

// The diff reads its versions leniently: an unknown language falls back to English.
export const DiffQuery = z.object({
  from: z.string().describe('a version number'),
  to: z.string().describe('a version number'),
  lang: z.enum(['en', 'fr']).optional().catch(undefined).describe('language of the readable lines; en by default'),
});

// What the routes answer.
export const QuestionnaireOutput = z.object({ id: z.string(), key: z.string(), title: z.string(), partnershipId: z.string().nullable(), createdAt: z.string() });
const NotConverted = z.object({ sheet: z.string().optional(), row: z.number().optional(), column: z.string().optional(), question: z.string().optional(), reason: z.string() });
export const QuestionnaireCreated = QuestionnaireOutput.extend({
  draft: z.object({ version: z.number().int() }).optional(),
  notConverted: z.array(NotConverted).optional().describe('What an import could not convert'),
});
export const QuestionnairesOutput = z.object({ questionnaires: z.array(QuestionnaireOutput) });
export const VersionOutput = z.object({
  id: z.string(),
  questionnaireId: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  survey: SurveyJson,
  contentHash: z.string().nullable().describe('Set when published'),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});
export const QuestionnaireWithVersions = QuestionnaireOutput.extend({ versions: z.array(VersionOutput.omit({ survey: true })).describe('Without their SurveyJS JSON') });
const Problem = z.object({ field: z.string(), code: z.string(), message: z.string(), path: z.string().optional() });
const CodingCoverage = z
  .object({
    openQuestions: z.array(z.string()).describe('Questions whose free text the open-answer coder reads (openEnded, comment, "Other" boxes, text inside)'),
    themedQuestions: z.array(z.string()).describe('Questions with a choice that names a theme of the shared taxonomy'),
  })
  .describe('What analysis will code in this questionnaire');
export const SurveyCheckOutput = z.object({
  problems: z.array(Problem),
  coding: CodingCoverage,
  survey: SurveyJson.optional().describe('For an import: the SurveyJS JSON it converts to'),
  notConverted: z.array(NotConverted).optional().describe('For an import: what could not be converted'),
});
const Change = z.record(z.string(), z.unknown());
export const DiffOutput = z.object({
  from: z.number().int(),
  to: z.number().int(),
  identical: z.boolean(),
  summary: z.record(z.string(), z.number()).describe('Counts of questions and pages per kind of change'),
  survey: z.array(Change).describe('Survey-level changes: reworded, locales, translationStatus, setting'),
  pages: z.array(Change),
  questions: z.array(Change),
  lines: z.array(z.string()).describe('The diff as readable lines in lang'),
});

const QuestionLinkShape = z.strictObject({
  question: z.string().min(1).nullable().describe("the question's name in this version; null when dropped"),
  predecessor: z.string().min(1).nullable().describe("its name in the previous version; null when new"),
  kind: z.enum(LINK_KINDS),
});

/** Every question of a draft linked to its predecessor; the whole list, not a part of it. */
export const LinksInput = z
  .strictObject({ links: z.array(QuestionLinkShape) })
  .meta({ examples: [{ links: [{ question: 'housing_need', predecessor: 'housing_need', kind: 'kept' }] }] });

export const LinksOutput = z.strictObject({
  version: z.number().int(),
  predecessorVersion: z.number().int().nullable(),
  origin: z.enum(['proposed', 'researcher']),
  stored: z.boolean().describe('false: proposed from the semantic diff, not yet confirmed'),
  links: z.array(QuestionLinkShape),
});

/** A question as researchers bring it from SurveyJS Creator: choices with no themes yet. */
const UNTHEMED_SURVEY = {
  pages: [
    {
      name: 'needs',
      elements: [
        {
          type: 'checkbox',
          name: 'biggest_needs',
          title: { default: 'What do you need most help with?', fr: "Pour quoi avez-vous le plus besoin d'aide?" },
          choices: [
            { value: 'job', text: { default: 'Finding a job', fr: 'Trouver un emploi' } },
            { value: 'home', text: { default: 'Finding an affordable place to live', fr: 'Trouver un logement abordable' } },
            { value: 'doctor', text: { default: 'Finding a family doctor', fr: 'Trouver un médecin de famille' } },
          ],
        },
      ],
    },
  ],
};

export const ThemeSuggestionsInput = z.strictObject({ survey: SurveyJson }).meta({ examples: [{ survey: UNTHEMED_SURVEY }] });
export const ThemeSuggestionsOutput = z.object({
  suggestions: z
    .array(
      z.object({
        slot: z.string().describe('The list of choices: a question name, or names joined by "/" for a matrix column or a dynamic panel\'s question'),
        value: z.string().describe("The choice's value"),
        themes: z.array(z.string()).describe('Theme codes of the shared taxonomy the coder reads in the choice text'),
      }),
    )
    .describe('For each choice that names no theme yet and whose text reads as a need; the author decides'),
});
