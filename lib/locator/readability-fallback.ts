import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { buildTextModel, type TextModel } from '../text-model/text-model';
import type { ArticleMetadata } from './located-article';
import { parsePublicationDate } from './publication-date';

export interface ReadabilityArticle extends ArticleMetadata {
  elements: Element[];
  textModel: TextModel;
}

const NODE_INDEX = 'data-ahram-lens-node';
const SHOW_ELEMENTS_AND_TEXT = 0x1 | 0x4;

/**
 * The article on any page, found by Mozilla Readability. Readability rewrites the document it reads,
 * so it reads a clone. Each clone node is paired with its live twin (elements through an index
 * attribute, which survives Readability renaming them; text nodes by identity, which survives its
 * re-wrapping), and what Readability keeps leads back to the live page, where we paint.
 * Returns null when Readability sees no article; `anyway` skips its quick "is this readable?" test.
 */
export function readWithReadability(doc: Document, { anyway = false } = {}): ReadabilityArticle | null {
  // Readability's own quick test first, unless the reader asked for an analysis anyway.
  if (!doc.body || (!anyway && !isProbablyReaderable(doc))) return null;
  const clone = doc.cloneNode(true) as Document;
  if (!clone.body) return null;
  const liveNodes = nodesOf(doc.body);
  const cloneNodes = nodesOf(clone.body);
  if (cloneNodes.length !== liveNodes.length) return null;
  const cloneTextIndex = new Map<Node, number>();
  cloneNodes.forEach((node, index) => {
    if (node.nodeType === 1) (node as Element).setAttribute(NODE_INDEX, String(index));
    else cloneTextIndex.set(node, index);
  });

  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  if (!parsed?.content) return null;

  const kept = keptLiveElements(parsed.content, liveNodes, cloneTextIndex);
  const roots = [...kept].filter((element) => !hasAncestorIn(element, kept));
  if (roots.length === 0) return null;
  roots.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const textModel = buildTextModel({ roots, excluded: droppedElements(roots, kept) });
  return { ...readMetadata(doc, parsed), elements: roots, textModel };
}

function nodesOf(root: Element): Node[] {
  const nodes: Node[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/** The live elements whose twins Readability kept, and the live parents of the text it kept. */
function keptLiveElements(
  content: Element,
  liveNodes: Node[],
  cloneTextIndex: Map<Node, number>,
): Set<Element> {
  const kept = new Set<Element>();
  for (const node of nodesOf(content)) {
    if (node.nodeType === 1) {
      const index = (node as Element).getAttribute(NODE_INDEX);
      const live = index === null ? undefined : liveNodes[Number(index)];
      if (live) kept.add(live as Element);
    } else {
      const index = cloneTextIndex.get(node);
      const parent = index === undefined ? null : (liveNodes[index]?.parentElement ?? null);
      if (parent && (node.nodeValue ?? '').trim()) kept.add(parent);
    }
  }
  return kept;
}

function hasAncestorIn(element: Element, set: ReadonlySet<Element>): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (set.has(parent)) return true;
  }
  return false;
}

/**
 * Live elements inside the roots that Readability threw away (share bars, captions, related links).
 * An element it unwrapped (a div around a single paragraph) is not kept itself but holds kept ones,
 * so it stays.
 */
function droppedElements(roots: Element[], kept: ReadonlySet<Element>): Set<Node> {
  const holdsKept = new Set<Element>();
  for (const element of kept) {
    for (
      let parent = element.parentElement;
      parent && !holdsKept.has(parent);
      parent = parent.parentElement
    ) {
      holdsKept.add(parent);
    }
  }
  const excluded = new Set<Node>();
  for (const root of roots) {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (!kept.has(element) && !holdsKept.has(element)) excluded.add(element);
    }
  }
  return excluded;
}

function readMetadata(
  doc: Document,
  parsed: { title?: string | null; byline?: string | null; publishedTime?: string | null },
): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  const title = parsed.title?.trim();
  if (title) metadata.title = title;
  const byline = parsed.byline?.trim();
  if (byline) metadata.byline = byline;
  const publishedAt = parsePublicationDate(parsed.publishedTime ?? '') ?? datePrintedNear(doc);
  if (publishedAt) metadata.publishedAt = publishedAt;
  return metadata;
}

function datePrintedNear(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date"], meta[name="pubdate"]')?.getAttribute('content'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const date = candidate ? parsePublicationDate(candidate) : undefined;
    if (date) return date;
  }
  return undefined;
}
