import nlp from 'compromise';

/** The library a JavaScript developer would reach for: compromise's people, organisations and places. */
export interface TypedSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
}

type OffsetJson = { offset?: { start: number; length: number } }[];

export function compromiseEntities(text: string): TypedSpan[] {
  const doc = nlp(text);
  const spans: TypedSpan[] = [];
  const collect = (json: OffsetJson, type: TypedSpan['type']) => {
    for (const item of json) {
      if (item.offset)
        spans.push({ start: item.offset.start, end: item.offset.start + item.offset.length, type });
    }
  };
  collect(doc.people().json({ offset: true }) as OffsetJson, 'PER');
  collect(doc.organizations().json({ offset: true }) as OffsetJson, 'ORG');
  collect(doc.places().json({ offset: true }) as OffsetJson, 'LOC');
  return spans.map((span) => trimSpan(text, span));
}

/** compromise's offsets can take in trailing punctuation and spaces; the scorer wants the name. */
function trimSpan(text: string, span: TypedSpan): TypedSpan {
  let { start, end } = span;
  while (end > start && /[\s.,;:!?'’"”)]/.test(text[end - 1] ?? '')) end -= 1;
  while (start < end && /[\s"“(]/.test(text[start] ?? '')) start += 1;
  return { ...span, start, end };
}
