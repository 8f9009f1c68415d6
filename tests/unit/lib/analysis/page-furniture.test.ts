import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../../../lib/analysis/page-furniture';

describe('page furniture', () => {
  it.each([
    '* A version of this article appears in print in the 13 March, 2025 edition of Al-Ahram Weekly',
    'A version of this article appears in print.',
    'Scroll down for video .',
    "Editor's note: This is the first of three stories.",
    'Editor’s note: the names have been changed.',
    'Click here to see the gallery.',
    'Read more: How the talks broke down.',
    'Follow Jane Smith on Twitter.',
    '© 2025 Al-Ahram. All rights reserved.',
    'Copyright © 2025 Reuters.',
    'Sign up for our daily newsletter.',
    'Last updated at 8:06 AM on 19th October 2011 .',
    'PUBLISHED: . 14:11 EST, 25 October 2013 .',
    'Updated: March 13, 2025 10:45.',
    'Posted on Thursday 13 March 2025.',
  ])('is true of %j', (line) => {
    expect(isPageFurniture(`Earlier text. ${line}`, 'Earlier text. '.length)).toBe(true);
  });

  it('is true of the names of a byline cut from its "By" by a full stop', () => {
    const text = 'By . Associated Press and Daily Mail Reporter . The bishop was taken ill.';
    expect(isPageFurniture(text, text.indexOf('Associated'))).toBe(true);
    expect(isPageFurniture(text, text.indexOf('The bishop'))).toBe(false);
    const story = 'The stand-by team was ready. Associated Press reported the fire.';
    expect(isPageFurniture(story, story.indexOf('Associated'))).toBe(false);
  });

  it.each([
    'Copyright law was changed in 2019, the minister said.',
    'Readers followed the story for weeks.',
    'Follow-up talks will be held in Cairo.',
    'Clicks on the site rose by a third.',
    'The editor noted that the paper had been warned.',
    'Subscribers will pay more from March.',
    'Posted on Facebook, the video was seen a million times.',
    'Published on Monday, the report found the port was safe.',
    'Updated figures show the deficit fell.',
  ])('is false of the story sentence %j', (line) => {
    expect(isPageFurniture(line, 0)).toBe(false);
  });
});
