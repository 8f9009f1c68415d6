import { isBlockElement } from '../../lib/text-model/element-kinds';
import type { TextModel } from '../../lib/text-model/text-model';

/** The elements mark.js never looks into (see its `matchesExclude`): their text is not counted. */
const MARKJS_SKIPS = 'script, style, title, head, html';

export interface MarkJsRange<T> {
  start: number;
  length: number;
  data: T;
}

/**
 * mark.js counts offsets over the raw text of every text node in its context, and each range it
 * wraps costs time in proportion to that context's size. So every span is given the smallest
 * block (its paragraph, usually) that holds it, and its offsets within that block: painting a
 * 50,000-word page stays linear. Spans outside `root` are left out.
 */
export function planMarkJsRanges<T>(
  model: TextModel,
  root: Element,
  spans: readonly { start: number; end: number; data: T }[],
): Map<Element, MarkJsRange<T>[]> {
  const plans = new Map<Element, MarkJsRange<T>[]>();
  const offsetsByContext = new Map<Element, Map<Node, number>>();
  for (const span of spans) {
    const from = model.positionAt(span.start, 'start');
    const to = model.positionAt(span.end, 'end');
    if (!from || !to || !root.contains(from.node) || !root.contains(to.node)) continue;
    const context = blockAround(from.node, to.node, root);
    let offsets = offsetsByContext.get(context);
    if (!offsets) {
      offsets = textOffsets(context);
      offsetsByContext.set(context, offsets);
    }
    const fromBase = offsets.get(from.node);
    const toBase = offsets.get(to.node);
    if (fromBase === undefined || toBase === undefined) continue;
    const start = fromBase + from.offset;
    const end = toBase + to.offset;
    if (end <= start) continue;
    const plan = plans.get(context) ?? [];
    plan.push({ start, length: end - start, data: span.data });
    plans.set(context, plan);
  }
  return plans;
}

/** The nearest block element that holds both nodes, or the root. */
function blockAround(first: Node, last: Node, root: Element): Element {
  for (let element = first.parentElement; element && element !== root; element = element.parentElement) {
    if (isBlockElement(element) && element.contains(last)) return element;
  }
  return root;
}

/** Where each text node starts in mark.js's count over `context`. */
function textOffsets(context: Element): Map<Node, number> {
  const offsets = new Map<Node, number>();
  const walker = context.ownerDocument.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.matches(MARKJS_SKIPS)) continue;
    offsets.set(node, offset);
    offset += (node as Text).data.length;
  }
  return offsets;
}
