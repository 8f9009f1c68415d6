import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../../lib/library/fold-for-search';

describe('foldForSearch', () => {
  it('ignores case and Latin accents', () => {
    expect(foldForSearch('Saïd ÉCOLE Boehler')).toBe('said ecole boehler');
  });

  it('ignores Arabic harakat, tatweel and the hamza or madda on alef, waw and yeh', () => {
    expect(foldForSearch('مُحَمَّد')).toBe('محمد');
    expect(foldForSearch('مكتبـــة')).toBe(foldForSearch('مكتبة'));
    expect(foldForSearch('أحمد إبراهيم آمال')).toBe('احمد ابراهيم امال');
    expect(foldForSearch('مؤتمر رئيس')).toBe('موتمر رييس');
  });

  it('unifies the Arabic letters readers type either way', () => {
    expect(foldForSearch('مصطفى')).toBe(foldForSearch('مصطفي'));
    expect(foldForSearch('القاهرة')).toBe(foldForSearch('القاهره'));
    expect(foldForSearch('ٱلله')).toBe(foldForSearch('الله'));
  });

  it('makes runs of white space one space and trims', () => {
    expect(foldForSearch('  two\n\twords  ')).toBe('two words');
  });
});
