import { spanHolding } from '../../util/span-holding';
import { tokenIndexAt } from '../actors/token-lookup';
import type { Actor, DateMention, Span, TimelineEntry } from '../analysis';
import type { Sentence, Token } from '../tokenize';
import { dateOrderKey } from './date-order';
import { eventLabel } from './event-label';

interface TimelineInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  actors: readonly Actor[];
  dates: readonly DateMention[];
  publishedAt?: string;
}

export const PUBLICATION_LABEL = 'Publication';

/**
 * The article's dated events, oldest first: one entry per date value (its mentions merged), with
 * a label from its clause, the actors of its sentences, and where it is written. The publication
 * date is an entry of its own. Durations and "now" are not points in time and stay off it.
 */
export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const { text, tokens, sentences, actors, dates, publishedAt } = input;
  const entries = new Map<string, TimelineEntry & { order: string; named: boolean }>();
  for (const date of dates) {
    const order = dateOrderKey(date.value);
    if (!order) continue;
    const first = tokenIndexAt(tokens, date.start);
    const end = tokenIndexAt(tokens, date.end - 1) + 1;
    const isPublication = date.value === publishedAt;
    const label = isPublication
      ? PUBLICATION_LABEL
      : (eventLabel(text, tokens, { first, end }, actors) ?? dateWithPreposition(text, tokens, first, date));
    const sentence = spanHolding(sentences, date);
    const named = isPublication || label !== dateWithPreposition(text, tokens, first, date);
    const entry = entries.get(date.value) ?? {
      date: date.value,
      label,
      actorIds: [],
      spans: [],
      order,
      named,
    };
    // A label naming the event beats one that only repeats the date.
    if (named && !entry.named) Object.assign(entry, { label, named });
    entry.spans.push({ start: date.start, end: date.end });
    if (sentence && !isPublication) {
      for (const actor of actors) {
        const inSentence = actor.mentions.some(
          (mention) => sentence.start <= mention.start && mention.end <= sentence.end,
        );
        if (inSentence && actor.kind !== 'other' && !entry.actorIds.includes(actor.id))
          entry.actorIds.push(actor.id);
      }
    }
    entries.set(date.value, entry);
  }
  if (publishedAt && !entries.has(publishedAt)) {
    entries.set(publishedAt, {
      date: publishedAt,
      label: PUBLICATION_LABEL,
      actorIds: [],
      spans: [],
      order: publishedAt,
      named: true,
    });
  }
  return [...entries.values()]
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map(({ order: _order, named: _named, ...entry }) => entry);
}

/** "Since October 2023": the date as written, with the word that ties it to its clause. */
function dateWithPreposition(text: string, tokens: readonly Token[], first: number, date: Span): string {
  const before = tokens[first - 1];
  const start =
    before && /^(in|since|on|until|by|from|during|before|after)$/i.test(before.text)
      ? before.start
      : date.start;
  const phrase = text.slice(start, date.end);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
