/**
 * Binary search over items ordered so that `isBefore` holds for a prefix of them: the index of the
 * first item for which it does not hold (items.length when it holds for all).
 */
export function lowerBound<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(items[middle] as T)) low = middle + 1;
    else high = middle;
  }
  return low;
}
