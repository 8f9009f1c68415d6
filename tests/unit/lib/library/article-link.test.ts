import { describe, expect, it } from 'vitest';
import { articleLink } from '../../../../lib/library/article-link';

describe('articleLink', () => {
  it('links web pages only', () => {
    expect(articleLink('http://english.ahram.org.eg/News/1.aspx')).toBe(
      'http://english.ahram.org.eg/News/1.aspx',
    );
    expect(articleLink('javascript:alert(1)')).toBeNull();
    expect(articleLink('data:text/html,hi')).toBeNull();
    expect(articleLink('nothing')).toBeNull();
  });
});
