import { describe, expect, it } from 'vitest';
import { waveBasis } from '../../../analysis/comparisons';
import { prepareReport, renderReport } from '../../../analysis/reports';
import { fakeReportInput } from './fake-report-input';

// Housing counted in 2026 from a question 2023 did not ask; employment from one both asked.
const basis = waveBasis(
  [
    { wave: '2023', asked: [{ question: 'needs', lineage: 'needs' }], counted: { employment: ['needs'] } },
    { wave: '2026', asked: [{ question: 'needs', lineage: 'needs' }, { question: 'housing_now', lineage: 'housing_now' }], counted: { employment: ['needs'], housing: ['housing_now'] } },
  ],
  ['employment', 'housing'],
);

describe('the report’s wave section', () => {
  it('drops wave differences of a theme only some waves asked about, and says why', () => {
    const without = prepareReport(fakeReportInput);
    expect(without.waves!.flags.some((flag) => flag.theme === 'housing')).toBe(true);
    const data = prepareReport({ ...fakeReportInput, waveBasis: basis });
    expect(data.waves!.flags.some((flag) => flag.theme === 'housing')).toBe(false);
    expect(data.waves!.flags.filter((flag) => flag.theme !== 'housing')).toEqual(without.waves!.flags.filter((flag) => flag.theme !== 'housing'));
    expect(data.waveNotes.map((note) => note.theme)).toEqual(['housing']);
    expect(renderReport(data, { lang: 'en', format: 'html' })).toContain('Asked only in 2026; not a change in needs.');
    expect(renderReport(data, { lang: 'fr', format: 'html' })).toContain('Question posée seulement en 2026');
    const housing = data.waves!.themes.find((theme) => theme.theme === 'housing')!;
    expect(housing.groups.map((group) => [group.significant, group.direction])).toEqual([[false, null], [false, null]]);
    expect(housing.groups.map((group) => group.share)).toEqual(without.waves!.themes.find((theme) => theme.theme === 'housing')!.groups.map((group) => group.share));
  });

  it('adds no note when every theme rests on questions all waves asked', () => {
    const data = prepareReport({ ...fakeReportInput, waveBasis: basis.filter((theme) => theme.theme !== 'housing') });
    expect(data.waveNotes).toEqual([]);
    expect(renderReport(data, { lang: 'en', format: 'html' })).not.toContain('not a change in needs');
  });
});
