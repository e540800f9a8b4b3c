import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../../helpers/answers';
import { DIALECTS } from '../../helpers/databases';
import { call, createTestContext, launchConsultation, type TestContext } from '../../helpers/test-app';
import { PROTOTYPE_KEYS, deeplyNestedJson, hostileJson, hostileString, withPrototypeKeys } from './hostile-values';

/**
 * Property-based tests of the public intake route: whatever a device (or anyone with the link)
 * sends, it gets a structured 4xx or its response is stored exactly once, the server keeps
 * answering, and nothing stored before changes. FUZZ_RUNS raises the number of inputs per
 * property (default 100; docs/operations.md has the figures).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const REFUSALS = new Set([400, 409, 413, 422]);

/** `arbitrary` one time in four, else `otherwise`. */
const sometimes = <T, U>(arbitrary: fc.Arbitrary<T>, otherwise: U) => fc.oneof({ weight: 3, arbitrary: fc.constant(otherwise) }, { weight: 1, arbitrary });

type Stored = { id: string; answers: string; content_hash: string; community: string | null; locale: string; channel: string };

describe.each(DIALECTS)('fuzzing POST /api/c/{slug}/responses on %s', { timeout: 300_000 }, (dialect) => {
  let ctx: TestContext;
  let slug: string;
  const earlier: { body: Record<string, unknown> }[] = [];
  let earlierDigest: string;
  const created = new Map<string, Record<string, unknown>>();
  const outcomes = new Map<string, number>();

  const storedRows = async () =>
    (await ctx.database.db.selectFrom('responses').select(['id', 'answers', 'content_hash', 'community', 'locale', 'channel']).orderBy('id').execute()) as Stored[];
  const digest = (rows: Stored[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');

  /** Sends a body (as text) and checks the one property every answer must have. */
  const send = async (raw: string) => {
    const result = await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { raw });
    const outcome = `${result.status} ${result.json?.code ?? result.json?.status ?? ''}`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    if (result.status === 201) {
      expect(created.has(result.json.id), `${result.json.id} was acknowledged as new twice`).toBe(false);
      created.set(result.json.id, JSON.parse(raw) as Record<string, unknown>);
    } else if (result.status !== 200) {
      expect(REFUSALS.has(result.status), `status ${result.status} for ${raw.slice(0, 200)}: ${result.text.slice(0, 300)}`).toBe(true);
      expect(typeof result.json?.code).toBe('string');
      expect(typeof result.json?.message).toBe('string');
      expect(result.json.message.length).toBeGreaterThan(0);
    }
    return result;
  };

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    slug = (await launchConsultation(ctx)).slug;
    for (let i = 0; i < 5; i++) {
      const body = submission({ community: 'Peel' });
      expect((await call(ctx.app, 'POST', `/api/c/${slug}/responses`, { body })).status).toBe(201);
      earlier.push({ body });
    }
    earlierDigest = digest(await storedRows());
  });
  afterAll(() => ctx?.close());

  it('answers any text that is not JSON, or any JSON that is not a response, with a structured 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString(), deeplyNestedJson(), hostileJson().map((value) => JSON.stringify(value) ?? 'undefined')), async (raw) => {
        const result = await send(raw);
        expect(result.status).not.toBe(201);
      }),
      { numRuns: RUNS },
    );
  });

  it('stores a response with hostile answers exactly once or refuses it with a structured 4xx', async () => {
    const answerNames = Object.keys(submission().answers as object);
    const envelope = fc.record({
      locale: fc.oneof({ weight: 12, arbitrary: fc.constant('en') }, { weight: 1, arbitrary: fc.constantFrom('fr', 'ar', 'xx') }, { weight: 1, arbitrary: hostileString() }),
      community: fc.oneof({ weight: 12, arbitrary: fc.constant('Peel') }, { weight: 1, arbitrary: hostileString() }),
      channel: fc.constantFrom('web', 'kiosk', 'phone', undefined),
      // Some answers replaced by anything, some removed, some keys added (prototype keys among them).
      // Each kind of damage in one case of four, so that many hostile responses are valid and stored.
      replaced: sometimes(fc.dictionary(fc.constantFrom(...answerNames), hostileJson(), { minKeys: 1, maxKeys: 3 }), {}),
      removed: sometimes(fc.subarray(answerNames, { minLength: 1, maxLength: 2 }), []),
      added: sometimes(fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString()), hostileJson(), { minKeys: 1, maxKeys: 2 }), {}),
      // The open answer is hostile text in three cases of four (fast-check's freq is the odds of nil).
      freeText: fc.option(hostileString(), { nil: undefined, freq: 4 }),
      deep: sometimes(fc.tuple(fc.constantFrom(...answerNames), deeplyNestedJson()), undefined),
    });
    await fc.assert(
      fc.asyncProperty(envelope, async ({ locale, community, channel, replaced, removed, added, freeText, deep }) => {
        const base = submission({ locale, community, ...(channel && { channel }) });
        const answers: Record<string, unknown> = { ...(base.answers as Record<string, unknown>), ...replaced };
        if (freeText !== undefined) answers['biggest_challenge'] = freeText;
        for (const name of removed) delete answers[name];
        if (deep) answers[deep[0]] = 'DEEP';
        const answersText = withPrototypeKeys(answers, added).replace('"DEEP"', () => deep?.[1] ?? '"DEEP"');
        await send(JSON.stringify({ ...base, answers: {} }).replace('"answers":{}', () => `"answers":${answersText}`));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers a resent stored response with 200 and a changed one under the same id with 409, storing nothing new', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: earlier.length - 1 }), fc.option(hostileJson(), { nil: undefined }), async (index, change) => {
        const { body } = earlier[index]!;
        const raw = change === undefined ? JSON.stringify(body) : JSON.stringify({ ...body, answers: { ...(body.answers as object), biggest_challenge: change } });
        const result = await send(raw);
        if (change === undefined) expect(result.status).toBe(200);
        else expect([200, 409, 413, 422, 400]).toContain(result.status);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('still serves, kept every earlier row unchanged, and stored each acknowledged response once, as sent', async () => {
    expect((await call(ctx.app, 'GET', '/api/health')).status).toBe(200);
    expect((await send(JSON.stringify(submission({ community: 'Peel' })))).status).toBe(201);

    const rows = await storedRows();
    const earlierIds = new Set((earlier.map(({ body }) => body.id)) as string[]);
    expect(digest(rows.filter((row) => earlierIds.has(row.id)))).toBe(earlierDigest);
    expect(rows.length).toBe(earlier.length + created.size);
    for (const row of rows.filter((r) => !earlierIds.has(r.id))) {
      const sent = created.get(row.id);
      expect(sent, `row ${row.id} was stored without an acknowledgement`).toBeDefined();
      const storedAnswers = JSON.parse(row.answers) as Record<string, unknown>;
      // Hidden questions' answers are dropped on storing, as survey-core does; every kept one is as sent.
      for (const [name, value] of Object.entries(storedAnswers)) {
        expect(value, `answer ${name} of ${row.id}`).toEqual((sent!.answers as Record<string, unknown>)[name]);
      }
      expect(row.locale).toBe(sent!.locale);
    }
    console.log(`intake fuzz on ${dialect}: ${RUNS} runs per property; outcomes: ${[...outcomes].map(([outcome, n]) => `${outcome} ×${n}`).join(', ')}`);
  });
});
