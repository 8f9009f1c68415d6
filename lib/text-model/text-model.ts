import { lowerBound } from '../util/lower-bound';
import { holdsNoReadableText, isBlockElement, isLineBreak } from './element-kinds';

/**
 * The article as one string, with a map between offsets in that string and positions in the page's
 * text nodes. Built once per article; the analysis works on `text`, and painting and note anchoring
 * turn offsets back into DOM positions through the map.
 *
 * The text is what a reader sees: runs of white space collapse to one space, and block boundaries
 * and `<br>` become a single "\n" (so paragraphs are lines). Every character of `text` except those
 * synthetic newlines maps to exactly one character of one text node.
 */
export interface TextModel {
  readonly text: string;
  /** The DOM position of a text offset. `start` resolves toward the following character (where a
   * range would begin), `end` toward the preceding one (where a range would end). */
  positionAt(offset: number, bias: 'start' | 'end'): DomPosition | null;
  /** The text offset of a DOM boundary point; null when it lies outside the article. */
  offsetOf(node: Node, offset: number): number | null;
  /** A live DOM Range covering text offsets [start, end), or null when the span holds no mapped text. */
  rangeOf(start: number, end: number): Range | null;
  /** The text nodes that carry article text, in document order. */
  readonly textNodes: readonly Text[];
}

export interface DomPosition {
  node: Text;
  offset: number;
}

export interface TextModelScope {
  /** Elements (or text nodes) whose text forms the article, in document order. */
  roots: readonly Node[];
  /** Nodes inside the roots that are not article text (ads, keyword lists, share boxes). */
  excluded?: ReadonlySet<Node>;
}

/** A run of output characters that maps one-to-one onto consecutive characters of one text node. */
interface Segment {
  textStart: number;
  length: number;
  node: Text;
  nodeStart: number;
}

const WHITESPACE = /[ \t\n\r\f\u00a0\u200b]+/g;
/** A text node whose words are separated by single spaces, white space (any) only at its edges. */
const SINGLE_SPACED_CORE =
  /^([ \t\n\r\f\u00a0\u200b]*)([^ \t\n\r\f\u00a0\u200b]+(?: [^ \t\n\r\f\u00a0\u200b]+)*)[ \t\n\r\f\u00a0\u200b]*$/;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function buildTextModel(scope: TextModelScope): TextModel {
  const builder = new TextBuilder();
  for (const root of scope.roots) {
    builder.lineBreak();
    walk(root, scope.excluded ?? new Set(), builder);
    builder.lineBreak();
  }
  return new MappedText(builder.finish(), builder.segments, builder.textNodes, scope.roots);
}

function walk(node: Node, excluded: ReadonlySet<Node>, builder: TextBuilder): void {
  if (excluded.has(node)) return;
  if (node.nodeType === TEXT_NODE) {
    builder.appendTextNode(node as Text);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  if (isLineBreak(element)) {
    builder.lineBreak();
    return;
  }
  if (holdsNoReadableText(element)) return;
  const block = isBlockElement(element);
  if (block) builder.lineBreak();
  for (let child = element.firstChild; child; child = child.nextSibling) walk(child, excluded, builder);
  if (block) builder.lineBreak();
}

/** Collapses white space as it streams text nodes in, recording where each output run came from. */
class TextBuilder {
  readonly segments: Segment[] = [];
  readonly textNodes: Text[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private pendingBreak = false;
  private pendingSpace: DomPosition | null = null;

  lineBreak(): void {
    this.pendingBreak = true;
    this.pendingSpace = null;
  }

  appendTextNode(node: Text): void {
    const data = node.data;
    const simple = SINGLE_SPACED_CORE.exec(data);
    if (simple) {
      const start = (simple[1] ?? '').length;
      this.appendSingleSpaced(node, start, start + (simple[2] ?? '').length);
      return;
    }
    let cursor = 0;
    WHITESPACE.lastIndex = 0;
    for (let match = WHITESPACE.exec(data); ; match = WHITESPACE.exec(data)) {
      const wordEnd = match ? match.index : data.length;
      if (wordEnd > cursor) {
        this.appendWord(node, cursor, wordEnd);
      }
      if (!match) break;
      if (!this.pendingBreak && this.length > 0) this.pendingSpace ??= { node, offset: match.index };
      cursor = match.index + match[0].length;
    }
  }

  /**
   * The common case, in one step: words separated by single spaces, with white space only at
   * the edges. Its text passes unchanged, as one run; the result is what appending it word by
   * word gives, without a string and a position for every word of a long page.
   */
  private appendSingleSpaced(node: Text, start: number, end: number): void {
    if (start > 0 && !this.pendingBreak && this.length > 0) this.pendingSpace ??= { node, offset: 0 };
    this.appendWord(node, start, end);
    if (end < node.data.length && this.length > 0) this.pendingSpace = { node, offset: end };
  }

  finish(): string {
    return this.parts.join('');
  }

  private appendWord(node: Text, start: number, end: number): void {
    if (this.length > 0) {
      if (this.pendingBreak) this.emit('\n');
      else if (this.pendingSpace) this.emit(' ', this.pendingSpace);
    }
    this.pendingBreak = false;
    this.pendingSpace = null;
    this.emit(node.data.slice(start, end), { node, offset: start });
  }

  private emit(chunk: string, source?: DomPosition): void {
    if (source) {
      const last = this.segments[this.segments.length - 1];
      const continuesLast =
        last !== undefined &&
        last.node === source.node &&
        last.textStart + last.length === this.length &&
        last.nodeStart + last.length === source.offset;
      if (continuesLast) last.length += chunk.length;
      else {
        // Segments appear in document order, so the first segment of a node records its place.
        if (this.textNodes[this.textNodes.length - 1] !== source.node) this.textNodes.push(source.node);
        this.segments.push({
          textStart: this.length,
          length: chunk.length,
          node: source.node,
          nodeStart: source.offset,
        });
      }
    }
    this.parts.push(chunk);
    this.length += chunk.length;
  }
}

class MappedText implements TextModel {
  private readonly segmentsByNode = new Map<Text, Segment[]>();

  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
    readonly textNodes: readonly Text[],
    private readonly roots: readonly Node[],
  ) {
    for (const segment of segments) {
      const list = this.segmentsByNode.get(segment.node);
      if (list) list.push(segment);
      else this.segmentsByNode.set(segment.node, [segment]);
    }
  }

  positionAt(offset: number, bias: 'start' | 'end'): DomPosition | null {
    if (offset < 0 || offset > this.text.length) return null;
    if (bias === 'start') {
      // The first mapped character at or after the offset.
      const index = this.firstSegmentEndingAfter(offset);
      const segment = this.segments[index];
      if (!segment) return null;
      const within = Math.max(0, offset - segment.textStart);
      return { node: segment.node, offset: segment.nodeStart + within };
    }
    // Just after the last mapped character before the offset.
    const index = this.firstSegmentEndingAfter(offset - 1);
    let segment = this.segments[index];
    if (!segment || segment.textStart > offset - 1) segment = this.segments[index - 1];
    if (!segment) return null;
    const within = Math.min(segment.length, offset - segment.textStart);
    return { node: segment.node, offset: segment.nodeStart + within };
  }

  offsetOf(node: Node, offset: number): number | null {
    if (node.nodeType === TEXT_NODE) {
      const segments = this.segmentsByNode.get(node as Text);
      if (segments) return offsetInSegments(segments, offset);
    }
    return this.offsetOfBoundary(node, offset);
  }

  rangeOf(start: number, end: number): Range | null {
    if (end <= start) return null;
    const from = this.positionAt(start, 'start');
    const to = this.positionAt(end, 'end');
    if (!from || !to) return null;
    const range = from.node.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  }

  /** Index of the first segment whose last character is at or after `offset`. */
  private firstSegmentEndingAfter(offset: number): number {
    return lowerBound(this.segments, (segment) => segment.textStart + segment.length - 1 < offset);
  }

  /**
   * A boundary point that is not inside a mapped text node (an element container, or a text node
   * of white space only): its offset is that of the first article text after it.
   */
  private offsetOfBoundary(node: Node, offset: number): number | null {
    if (!this.roots.some((root) => root === node || root.contains(node))) return null;
    const nodes = this.textNodes;
    const low = lowerBound(nodes, (textNode) => endsBefore(textNode, node, offset));
    const next = nodes[low];
    if (!next) return this.text.length;
    const first = this.segmentsByNode.get(next)?.[0];
    if (!first) return this.text.length;
    // Inside `next` (the boundary sits in a white-space node before it) or before it.
    return next === node ? offsetInSegments(this.segmentsByNode.get(next) ?? [], offset) : first.textStart;
  }
}

function offsetInSegments(segments: readonly Segment[], offset: number): number {
  for (const segment of segments) {
    if (offset < segment.nodeStart) return segment.textStart;
    if (offset <= segment.nodeStart + segment.length) return segment.textStart + (offset - segment.nodeStart);
  }
  const last = segments[segments.length - 1] as Segment;
  return last.textStart + last.length;
}

/** Whether `textNode` ends before the boundary point (container, offset). */
function endsBefore(textNode: Text, container: Node, offset: number): boolean {
  const range = textNode.ownerDocument.createRange();
  range.setStart(container, offset);
  // comparePoint answers -1 when the point lies before the (collapsed) range.
  return range.comparePoint(textNode, textNode.data.length) < 0;
}
