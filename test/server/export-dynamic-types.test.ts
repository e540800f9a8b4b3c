import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { answeredQuestionnaire, call, createTestContext, type TestContext } from '../helpers/test-app';
import { parseCsv } from './exports/parse-csv';

const survey = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'dynamic-types.json'), 'utf8')) as object;

/** Two households of different sizes: the export gets as many numbered groups as the fullest one. */
const threePeople = {
  members: [{ age: 41, relation: 'partner' }, { age: 9, relation: 'child' }, { age: 6 }],
  jobs: [{ title: 'Cook', hours: 30 }, { title: 'Cleaner', hours: 12 }],
};
const onePerson = { members: [{ age: 17, relation: 'child' }], jobs: [{ title: 'Cashier' }] };

describe.each(DIALECTS)('exports of dynamic panels and dynamic matrices, published and answered (%s)', (dialect) => {
  let ctx: TestContext;
  let consultationId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const answered = await answeredQuestionnaire(ctx, 'dynamic-types', survey, [threePeople, onePerson]);
    consultationId = answered.consultation.id;
    ids.push(...answered.ids);
  });
  afterAll(() => ctx?.close());

  it('gives each panel and each row its numbered group of columns, labelled in the chosen language', async () => {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/export.csv?lang=fr`, { token: ctx.tokens.researcherA });
    expect(result.status, result.text).toBe(200);
    const [header, ...rows] = parseCsv(result.text.slice(1));
    const dynamic = header!.filter((h) => /\[(members|jobs)\[/.test(h));
    expect(dynamic).toEqual([
      'Membre du ménage 1 — Âge [members[0].age]',
      'Membre du ménage 1 — Lien [members[0].relation]',
      'Membre du ménage 2 — Âge [members[1].age]',
      'Membre du ménage 2 — Lien [members[1].relation]',
      'Membre du ménage 3 — Âge [members[2].age]',
      'Membre du ménage 3 — Lien [members[2].relation]',
      'Emplois 1 — Poste [jobs[0].title]',
      'Emplois 1 — Heures par semaine [jobs[0].hours]',
      'Emplois 2 — Poste [jobs[1].title]',
      'Emplois 2 — Heures par semaine [jobs[1].hours]',
    ]);
    const cell = (id: string, key: string) => rows.find((cells) => cells[0] === id)![header!.findIndex((h) => h.endsWith(`[${key}]`))];
    expect(cell(ids[0]!, 'members[2].age')).toBe('6');
    expect(cell(ids[1]!, 'members[2].age')).toBe('');
    expect(cell(ids[0]!, 'members[1].relation')).toBe('Enfant');
    expect(cell(ids[0]!, 'jobs[1].title')).toBe('Cleaner');
    expect(cell(ids[1]!, 'jobs[0].hours')).toBe('');
  });
});
