import type { DateMention } from '../analysis';
import type { Candidate } from './context';

/**
 * Settles overlaps between rules: the longest expression wins ("the past two months" over "the past", "13
 * March, 2025" over "March"), then the higher rule priority. A claimed-character map keeps this linear in the
 * text length, which matters for very long inputs.
 */
export function selectMentions(candidates: Candidate[], textLength: number): DateMention[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken = new Uint8Array(textLength + 1);
  const kept: DateMention[] = [];
  for (const c of ordered) {
    if (c.end <= c.start || c.end > textLength) continue;
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ start: c.start, end: c.end, value: c.value });
  }
  return kept.sort((a, b) => a.start - b.start);
}
