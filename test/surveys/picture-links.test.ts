import { describe, expect, it } from 'vitest';
import { isServedPicture, pictureLinks } from '../../surveys/picture-links';

describe('picture links of a questionnaire', () => {
  it('lists every picture link, in every language, with its path, and skips blank ones and other properties', () => {
    const survey = {
      logo: { default: '/pictures/welcome.png', fr: 'https://example.org/logo.png' },
      pages: [{ elements: [
        { type: 'image', name: 'banner', imageLink: '/pictures/bus.png' },
        { type: 'imagepicker', name: 'pick', choices: [{ value: 'a', imageLink: '' }, { value: 'b', imageLink: 'data:image/png;base64,AA==' }] },
        { type: 'text', name: 'note', title: '/pictures/car.png' },
      ] }],
    };
    expect(pictureLinks(survey)).toEqual([
      { path: 'logo.default', link: '/pictures/welcome.png' },
      { path: 'logo.fr', link: 'https://example.org/logo.png' },
      { path: 'pages[0].elements[0].imageLink', link: '/pictures/bus.png' },
      { path: 'pages[0].elements[1].choices[1].imageLink', link: 'data:image/png;base64,AA==' },
    ]);
  });

  it.each([
    ['/pictures/bus.png', true],
    ['/pictures/a_b-c.2.svg', true],
    ['/pictures/../index.html', false],
    ['/pictures/sub/bus.png', false],
    ['/pictures/bus.png?v=2', false],
    ['pictures/bus.png', false],
    ['https://example.org/pictures/bus.png', false],
    ['data:image/png;base64,AA==', false],
  ])('reads %s as served by Tessera: %s', (link, served) => {
    expect(isServedPicture(link)).toBe(served);
  });
});
