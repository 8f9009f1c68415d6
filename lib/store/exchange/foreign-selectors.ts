import type { TextSelector } from '../../anchoring/selectors';
import { isRecord } from './is-record';

/**
 * The text selectors (quote, position) among a foreign annotation's selectors, which may be one
 * object or a list. Other kinds (RangeSelector, XPathSelector, CssSelector, FragmentSelector…)
 * point into a DOM or a PDF we do not have, so they are left out, as are malformed ones.
 */
export function readTextSelectors(value: unknown): TextSelector[] {
  const list = Array.isArray(value) ? value : [value];
  const selectors: TextSelector[] = [];
  for (const item of list) {
    const selector = readTextSelector(item);
    if (selector) selectors.push(selector);
  }
  return selectors;
}

function readTextSelector(value: unknown): TextSelector | null {
  if (!isRecord(value)) return null;
  if (value.type === 'TextQuoteSelector' && typeof value.exact === 'string' && value.exact !== '') {
    return {
      type: 'TextQuoteSelector',
      exact: value.exact,
      prefix: typeof value.prefix === 'string' ? value.prefix : '',
      suffix: typeof value.suffix === 'string' ? value.suffix : '',
    };
  }
  const { start, end } = value;
  if (
    value.type === 'TextPositionSelector' &&
    Number.isSafeInteger(start) &&
    Number.isSafeInteger(end) &&
    (start as number) >= 0 &&
    (end as number) > (start as number)
  ) {
    return { type: 'TextPositionSelector', start: start as number, end: end as number };
  }
  return null;
}
