import { describe, expect, it } from 'vitest';
import { surveyElements } from '../../../analysis/coding';

describe('surveyElements', () => {
  it('lists pages, panels, dynamic panel templates and their questions in document order', () => {
    const survey = {
      title: 'not an element',
      pages: [
        { name: 'p1', elements: [{ type: 'text', name: 'a' }, { type: 'panel', name: 'box', elements: [{ type: 'comment', name: 'b' }] }] },
        { name: 'p2', elements: [{ type: 'paneldynamic', name: 'kids', templateElements: [{ type: 'dropdown', name: 'c' }] }] },
      ],
    };
    expect(surveyElements(survey).map((element) => element.name)).toEqual([undefined, 'p1', 'a', 'box', 'b', 'p2', 'kids', 'c']);
  });

  it('reads a survey without pages, and skips what is not an object', () => {
    const survey = { elements: [{ type: 'text', name: 'a' }, null, 'stray', [{ name: 'in an array' }]] };
    expect(surveyElements(survey).map((element) => element.name)).toEqual([undefined, 'a']);
    expect(surveyElements(null)).toEqual([]);
  });
});
