import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../../lib/store/article-key';

describe('articleKey', () => {
  it('prefers the canonical URL', () => {
    expect(
      articleKey(
        'https://english.ahram.org.eg/News/541234.aspx?utm_source=x',
        '/NewsContent/1/2/541234/a.aspx',
      ),
    ).toBe('english.ahram.org.eg/NewsContent/1/2/541234/a.aspx');
  });

  it('drops tracking parameters, fragments, www, trailing slashes and the scheme', () => {
    const key = articleKey(
      'http://www.english.ahram.org.eg/News/541234.aspx/?fbclid=1&utm_medium=a&page=2#comments',
    );
    expect(key).toBe('english.ahram.org.eg/News/541234.aspx?page=2');
    expect(articleKey('https://english.ahram.org.eg/News/541234.aspx?page=2')).toBe(key);
  });

  it('keeps a URL it cannot parse as it is', () => {
    expect(articleKey('not a url')).toBe('not a url');
  });
});
