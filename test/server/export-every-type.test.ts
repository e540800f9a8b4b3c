import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases';
import { answeredQuestionnaire, call, createTestContext, type TestContext } from '../helpers/test-app';
import { parseCsv } from './exports/parse-csv';

const survey = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'every-published-type.json'), 'utf8')) as object;

const full = {
  priorities: ['classes', 'housing', 'work'],
  languages: ['arabic', 'other'],
  'languages-Comment': 'Dari',
  transport: 'bus',
  satisfaction: { clinic: 'poor', library: 'ok' },
  services: { food_bank: { used: true, barrier: 'distance', note: 'Two buses each way, "every" week.' }, settlement: { used: false } },
  household: { adults: 2, children: 3, worry: 'Finding a bigger apartment.', email: 'amina@example.org' },
  rent: [900, 1500],
  arrival: '2024-02-29',
};
const sparse = { priorities: ['work', 'housing', 'classes'], transport: 'car' };

describe.each(DIALECTS)('exports of a questionnaire using every published type (%s)', (dialect) => {
  let ctx: TestContext;
  let consultationId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const answered = await answeredQuestionnaire(ctx, 'every-type', survey, [full, sparse]);
    consultationId = answered.consultation.id;
    ids.push(...answered.ids);
  });
  afterAll(() => ctx?.close());

  async function csv(query: string) {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/export.csv?${query}`, { token: ctx.tokens.researcherA });
    expect(result.status, result.text).toBe(200);
    const [header, ...rows] = parseCsv(result.text.slice(1));
    const row = (id: string) => rows.find((cells) => cells[0] === id)!;
    const at = (id: string, key: string) => {
      const index = header!.findIndex((h) => h.endsWith(`[${key}]`));
      expect(index, `no column [${key}]`).toBeGreaterThanOrEqual(0);
      return row(id)[index];
    };
    return { header: header!, rows, at };
  }

  it('heads a column per rank, matrix row × column, multipletext item and range end, in French', async () => {
    const { header, rows } = await csv('lang=fr');
    expect(header.slice(6)).toEqual([
      'Priorités — rang 1 [priorities[0]]',
      'Priorités — rang 2 [priorities[1]]',
      'Priorités — rang 3 [priorities[2]]',
      'Langues parlées [languages]',
      'Langues parlées — Autre (préciser) [languages-Comment]',
      'Vos déplacements [transport]',
      'Êtes-vous satisfait — Clinique [satisfaction.clinic]',
      'Êtes-vous satisfait — Bibliothèque [satisfaction.library]',
      'Services — Banque alimentaire — Utilisé [services.food_bank.used]',
      'Services — Banque alimentaire — Obstacle [services.food_bank.barrier]',
      'Services — Banque alimentaire — Remarque [services.food_bank.note]',
      "Services — Organisme d'établissement — Utilisé [services.settlement.used]",
      "Services — Organisme d'établissement — Obstacle [services.settlement.barrier]",
      "Services — Organisme d'établissement — Remarque [services.settlement.note]",
      'Ménage — Adultes [household.adults]',
      'Ménage — Enfants [household.children]',
      'Ménage — Ce qui vous inquiète le plus [household.worry]',
      'Ménage — Courriel [household.email]',
      'Loyer possible — début [rent[0]]',
      'Loyer possible — fin [rent[1]]',
      "Date d'arrivée [arrival]",
      'Personnes [people]',
      'household_total [household_total]',
    ]);
    expect(rows.map((cells) => cells.length)).toEqual([header.length, header.length]);
  });

  it('writes each cell as a label in the chosen language, computed values as stored', async () => {
    const { at } = await csv('lang=fr');
    const [first, second] = ids as [string, string];
    expect([at(first, 'priorities[0]'), at(first, 'priorities[1]'), at(first, 'priorities[2]')]).toEqual(['Cours de langue', 'Logement', 'Travail']);
    expect([at(second, 'priorities[0]'), at(second, 'priorities[2]')]).toEqual(['Travail', 'Cours de langue']);
    expect(at(first, 'languages')).toBe('Arabe; Autre (préciser)');
    expect(at(first, 'languages-Comment')).toBe('Dari');
    expect(at(first, 'transport')).toBe('Autobus');
    expect(at(second, 'transport')).toBe('Voiture');
    expect(at(first, 'satisfaction.clinic')).toBe('Insatisfait');
    expect(at(first, 'satisfaction.library')).toBe('Satisfait');
    expect(at(first, 'services.food_bank.used')).toBe('Oui');
    expect(at(first, 'services.food_bank.barrier')).toBe('Distance');
    expect(at(first, 'services.food_bank.note')).toBe('Two buses each way, "every" week.');
    expect(at(first, 'services.settlement.used')).toBe('Non');
    expect(at(first, 'services.settlement.barrier')).toBe('');
    expect(at(first, 'household.adults')).toBe('2');
    expect(at(first, 'household.worry')).toBe('Finding a bigger apartment.');
    expect(at(first, 'household.email')).toBe('amina@example.org');
    expect([at(first, 'rent[0]'), at(first, 'rent[1]')]).toEqual(['900', '1500']);
    expect(at(first, 'arrival')).toBe('2024-02-29');
    expect(at(first, 'people')).toBe('5');
    expect(at(first, 'household_total')).toBe('5');
    expect(at(second, 'household.adults')).toBe('');
    expect(at(second, 'services.food_bank.used')).toBe('');
  });

  it('writes stored values when asked, in English headers', async () => {
    const { header, at } = await csv('labels=values');
    const first = ids[0]!;
    expect(header).toContain('Priorities — rank 1 [priorities[0]]');
    expect(header).toContain('Services — Food bank — Barrier [services.food_bank.barrier]');
    expect(header).toContain('Rent you could pay — start [rent[0]]');
    expect(at(first, 'priorities[0]')).toBe('classes');
    expect(at(first, 'transport')).toBe('bus');
    expect(at(first, 'services.food_bank.barrier')).toBe('distance');
    expect(at(first, 'services.food_bank.used')).toBe('true');
    expect(at(first, 'satisfaction.clinic')).toBe('poor');
  });

  it('gives JSON labels for rankings, image choices and matrix cells beside the stored answers', async () => {
    const result = await call(ctx.app, 'GET', `/api/consultations/${consultationId}/export.json?lang=fr`, { token: ctx.tokens.researcherA });
    expect(result.status).toBe(200);
    const first = result.json.responses.find((response: { id: string }) => response.id === ids[0]);
    expect(first.answers.services).toEqual(full.services);
    expect(first.labels).toEqual({
      priorities: ['Cours de langue', 'Logement', 'Travail'],
      languages: ['Arabe', 'Autre (préciser)'],
      transport: 'Autobus',
      satisfaction: { clinic: 'Insatisfait', library: 'Satisfait' },
      services: { food_bank: { used: 'Oui', barrier: 'Distance' }, settlement: { used: 'Non' } },
    });
  });
});
