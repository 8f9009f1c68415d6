import type { TextModel } from '../../lib/text-model/text-model';

/** The elements mark.js never looks into (see its `matchesExclude`): their text is not counted. */
const MARKJS_SKIPS = 'script, style, title, head, html';

export interface MarkJsRange<T> {
  start: number;
  length: number;
  data: T;
}

/**
 * mark.js counts offsets over the raw text of every text node in its context; the analysis counts
 * them over the text model's collapsed text. This turns spans of the one into ranges of the other,
 * through the DOM positions the text model knows. Spans outside `root` are left out.
 */
export function toMarkJsRanges<T>(
  model: TextModel,
  root: Element,
  spans: readonly { start: number; end: number; data: T }[],
): MarkJsRange<T>[] {
  const nodeStarts = new Map<Node, number>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.matches(MARKJS_SKIPS)) continue;
    nodeStarts.set(node, offset);
    offset += (node as Text).data.length;
  }
  const ranges: MarkJsRange<T>[] = [];
  for (const span of spans) {
    const from = model.positionAt(span.start, 'start');
    const to = model.positionAt(span.end, 'end');
    const fromBase = from ? nodeStarts.get(from.node) : undefined;
    const toBase = to ? nodeStarts.get(to.node) : undefined;
    if (from && to && fromBase !== undefined && toBase !== undefined) {
      const start = fromBase + from.offset;
      const end = toBase + to.offset;
      if (end > start) ranges.push({ start, length: end - start, data: span.data });
    }
  }
  return ranges;
}
