import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../app-deps';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { limitBody } from '../lib/body-limit';
import { canonicalJson } from '../lib/canonical-json';
import { sha256Hex } from '../lib/ids';
import { readJsonBody } from '../lib/validate-body';
import { MAX_RESPONSE_BYTES, ResponseInput } from './intake.schemas';
import { closedError, type PublicConsultations } from './public-consultation';
import type { PublicLink } from './public-link';
import { createResponseWriter } from './response-writer';

/** The public API kiosks and phones call. No token: anyone with the link may answer. */
export function intakeRoutes({ db, clock, intakeActivity, commitResponses }: AppDeps, consultations: PublicConsultations) {
  const writer = createResponseWriter(db, commitResponses);
  const resolve = consultations.open;

  return new Hono()
    // The questionnaire is ~100 KiB of JSON and ~28 KiB gzipped: on a prepaid phone that matters.
    .get('/:slug', compress(), async (c) => {
      const { text } = await consultations.forRespondents(c.req.param('slug'));
      return c.body(text, 200, { 'content-type': 'application/json; charset=utf-8' });
    })
    .post(
      '/:slug/responses',
      limitBody({
        maxBytes: MAX_RESPONSE_BYTES,
        tooLarge: () => new AppError(413, 'body_too_large', `A response may be at most ${MAX_RESPONSE_BYTES / 1024} KiB. Shorten the longest answers.`),
      }),
      async (c) => {
        intakeActivity?.mark();
        const input = await readJsonBody(c, ResponseInput);
        const { link, version } = await resolve(c.req.param('slug'));
        const { consultation } = link;
        const community = pickCommunity(link, input.community);
        const contentHash = sha256Hex(
          canonicalJson({ consultation: consultation.id, community, locale: input.locale, channel: input.channel ?? 'web', answers: input.answers }),
        );
        if (consultation.status !== 'open') {
          // A device retrying a response stored before the consultation closed still gets its acknowledgement.
          if (await isStoredWithHash(db, input.id, contentHash)) return c.json({ id: input.id, status: 'duplicate' }, 200);
          if (consultation.status === 'paused') {
            throw new AppError(503, 'consultation_paused', 'This survey is paused for now. Your answers are kept on this device; try again later.', undefined, {
              'Retry-After': '3600',
            });
          }
          throw closedError();
        }
        if (!consultation.locales.includes(input.locale)) {
          throw new AppError(422, 'unsupported_locale', `This survey is not offered in "${input.locale}". Choose one of: ${consultation.locales.join(', ')}.`, [
            { field: 'locale', code: 'unsupported_locale', message: `Offered: ${consultation.locales.join(', ')}.` },
          ]);
        }
        const { errors, toStore } = version.validator.check(input.answers, input.locale);
        if (errors.length || !toStore) {
          throw new AppError(422, 'invalid_answers', 'Some answers are missing or not valid; see fields.', errors);
        }
        const outcome = await writer.write({
          id: input.id,
          consultation_id: consultation.id,
          questionnaire_version_id: version.id,
          community,
          locale: input.locale,
          channel: input.channel ?? 'web',
          // Answers to questions the respondent's own answers hid are dropped, as survey-core does on completion.
          answers: JSON.stringify(toStore),
          content_hash: contentHash,
          received_on: clock().slice(0, 10),
        });
        if (outcome === 'conflict') {
          throw new AppError(409, 'duplicate_id_conflict', 'A different response was already stored under this id. Generate a new id for a new response.');
        }
        return c.json({ id: input.id, status: outcome }, outcome === 'created' ? 201 : 200);
      },
    );
}

function pickCommunity(link: PublicLink, requested: string | undefined): string {
  const { communities } = link.consultation;
  const fixed = link.community ?? (communities.length === 1 ? communities[0]! : undefined);
  const community = requested ?? fixed;
  if (community === undefined) {
    throw new AppError(422, 'unknown_community', `Say which community this response is from: one of ${communities.join(', ')}.`, [
      { field: 'community', code: 'required', message: `One of: ${communities.join(', ')}.` },
    ]);
  }
  if (!communities.includes(community) || (fixed !== undefined && link.community !== null && community !== fixed)) {
    throw new AppError(422, 'unknown_community', `"${community}" is not a community of this survey. Use one of: ${communities.join(', ')}.`, [
      { field: 'community', code: 'unknown_community', message: `One of: ${communities.join(', ')}.` },
    ]);
  }
  return community;
}

async function isStoredWithHash(db: Kysely<Database>, id: string, hash: string): Promise<boolean> {
  const row = await db.selectFrom('responses').select('content_hash').where('id', '=', id).executeTakeFirst();
  return row?.content_hash === hash;
}
