// Every message that crosses between the extension's parts, typed and validated. The background
// trusts nothing it receives: a message that does not match one of these shapes is answered with an
// error and otherwise ignored. Web pages cannot send us messages at all (no externally_connectable).

import type { Analysis } from './analysis/analysis';
import type { LocatorPath } from './locator/located-article';
import { type ArticleRecord, articleRecordProblem, type NoteRecord, noteProblem } from './store/note-record';
import type { DamagedRecord } from './store/notes-store';

/** What the content script found on a page, as the popup and the tests see it. */
export type ArticleReport =
  | {
      status: 'article';
      url: string;
      path: LocatorPath;
      title?: string;
      byline?: string;
      publishedAt?: string;
      wordCount: number;
      textLength: number;
      /** The first and last words of the article text, for a glance (and for tests). */
      textStart: string;
      textEnd: string;
      /** From the content script's start to the article being located. */
      locatedInMs: number;
    }
  | { status: 'not-an-article'; url: string; reason: string; locatedInMs: number };

export type Message =
  | { type: 'article-located'; report: ArticleReport }
  | { type: 'get-tab-report'; tabId: number }
  | { type: 'analyze-article'; text: string; title?: string; publishedAt?: string }
  /** Sent as an Ahram page starts loading: the background builds its engine while the page parses. */
  | { type: 'prepare-engine' }
  | { type: 'notes-for-article'; articleKey: string; actorIds: string[] }
  | { type: 'create-note'; note: NoteRecord }
  | { type: 'update-note'; note: NoteRecord; basedOnUpdatedAt: number }
  | { type: 'delete-note'; id: string }
  | { type: 'list-notes' }
  | { type: 'import-notes'; notes: NoteRecord[] }
  | { type: 'record-visit'; article: ArticleRecord }
  /** The content script's article view, kept for the popup to read at once (lib/tab-records.ts). */
  | { type: 'publish-article-view'; view: ArticleView };

/** Every note and every article read, for the notes library. */
export interface NotesLibraryData {
  notes: NoteRecord[];
  articles: ArticleRecord[];
  /** Stored records that are not valid notes: reported, and kept as they are. */
  damaged: DamagedRecord[];
}

/** What an import did: notes added, and notes left alone because one with their id is kept already. */
export interface ImportOutcome {
  added: number;
  alreadyKept: number;
}

/** What the reader's history knows of the actors of the article being read. */
export interface ActorHistory {
  /** For each actor id: in how many other articles the reader has met it. */
  seenIn: Record<string, number>;
  /** The reader's notes on these actors, from any article. */
  actorNotes: NoteRecord[];
}

/** What each message is answered with. */
export interface Replies {
  'article-located': null;
  'get-tab-report': ArticleReport | null;
  'analyze-article': Analysis;
  'prepare-engine': null;
  'notes-for-article': NoteRecord[];
  'create-note': NoteRecord;
  'update-note': NoteRecord;
  'delete-note': NoteRecord | null;
  'list-notes': NotesLibraryData;
  'import-notes': ImportOutcome;
  'record-visit': ActorHistory;
  'publish-article-view': null;
}

/** The longest article text we analyse: far beyond any news article, short of a denial of service. */
export const MAX_ARTICLE_CHARACTERS = 2_000_000;

/**
 * The longest article whose view is published for the popup: session storage holds 10 MB for all
 * tabs, and a longer article's view would take a large share of it. The popup asks the tab instead.
 */
export const MAX_PUBLISHED_VIEW_CHARACTERS = 200_000;

/** The most notes one import message carries; larger imports are sent in batches of this size. */
export const MAX_IMPORTED_NOTES = 5_000;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const oneOf =
  (...allowed: string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value);

function hasShape(value: unknown, shape: Record<string, Check>): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    Object.keys(record).every((key) => key in shape) &&
    Object.entries(shape).every(([key, check]) => check(record[key]))
  );
}

const ARTICLE_REPORT: Record<string, Check> = {
  status: oneOf('article'),
  url: isString,
  path: oneOf('ahram-online', 'readability', 'whole-page'),
  title: optional(isString),
  byline: optional(isString),
  publishedAt: optional(isString),
  wordCount: isNumber,
  textLength: isNumber,
  textStart: isString,
  textEnd: isString,
  locatedInMs: isNumber,
};

const NOT_AN_ARTICLE_REPORT: Record<string, Check> = {
  status: oneOf('not-an-article'),
  url: isString,
  reason: isString,
  locatedInMs: isNumber,
};

const isNote: Check = (value) => noteProblem(value) === null;

const isObject: Check = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

const LISTED_NOTE: Record<string, Check> = {
  id: isString,
  body: isString,
  tags: (value) => Array.isArray(value) && value.every((tag) => typeof tag === 'string'),
  color: isString,
  quote: isString,
  found: (value) => typeof value === 'boolean',
};

const ARTICLE_VIEW: Record<string, Check> = {
  title: optional(isString),
  byline: optional(isString),
  publishedAt: optional(isString),
  text: (value) => typeof value === 'string' && value.length <= MAX_PUBLISHED_VIEW_CHARACTERS,
  // Computed by our own engine in the background; only its being an object is checked here.
  analysis: isObject,
  notes: (value) => Array.isArray(value) && value.every((note) => hasShape(note, LISTED_NOTE)),
};

const isArticleReport: Check = (value) =>
  hasShape(value, ARTICLE_REPORT) || hasShape(value, NOT_AN_ARTICLE_REPORT);

const MESSAGE_SHAPES: Record<Message['type'], Record<string, Check>> = {
  'article-located': { type: isString, report: isArticleReport },
  'get-tab-report': { type: isString, tabId: isNumber },
  'analyze-article': {
    type: isString,
    text: (value: unknown) => typeof value === 'string' && value.length <= MAX_ARTICLE_CHARACTERS,
    title: optional(isString),
    publishedAt: optional((value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)),
  },
  'prepare-engine': { type: isString },
  'notes-for-article': {
    type: isString,
    articleKey: isString,
    actorIds: (value: unknown) => Array.isArray(value) && value.every((id) => typeof id === 'string'),
  },
  'create-note': { type: isString, note: isNote },
  'update-note': { type: isString, note: isNote, basedOnUpdatedAt: isNumber },
  'delete-note': { type: isString, id: isString },
  'list-notes': { type: isString },
  'import-notes': {
    type: isString,
    notes: (value: unknown) =>
      Array.isArray(value) && value.length <= MAX_IMPORTED_NOTES && value.every(isNote),
  },
  'record-visit': { type: isString, article: (value: unknown) => articleRecordProblem(value) === null },
  'publish-article-view': { type: isString, view: (value: unknown) => hasShape(value, ARTICLE_VIEW) },
};

/** The message, if `value` is exactly one of ours; otherwise null. */
export function parseMessage(value: unknown): Message | null {
  return parseTyped<Message>(value, MESSAGE_SHAPES);
}

/** `value` as one of the message types `shapes` describes (by its `type`), or null. */
function parseTyped<T extends { type: string }>(
  value: unknown,
  shapes: Record<T['type'], Record<string, Check>>,
): T | null {
  if (typeof value !== 'object' || value === null) return null;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) return null;
  return hasShape(value, shapes[type as T['type']]) ? (value as T) : null;
}

/** Messages the background or the popup sends to a tab's content script. */
export type TabMessage =
  | { type: 'toggle-highlights' }
  /** "Analyse this page anyway": read the page although it does not look like an article; answered
   * with the article view, or null when the page has no text at all. */
  | { type: 'analyse-anyway' }
  | { type: 'get-article-view' }
  | { type: 'reveal-span'; start: number; end: number }
  | { type: 'reveal-actor'; actorId: string };

/** What the popup shows of the article in a tab: the analysis the content script already holds. */
export interface ArticleView {
  title?: string;
  byline?: string;
  publishedAt?: string;
  text: string;
  analysis: Analysis;
  /** The reader's notes on this article; `found` is false for a note whose passage is gone. */
  notes: { id: string; body: string; tags: string[]; color: string; quote: string; found: boolean }[];
}

const TAB_MESSAGE_SHAPES: Record<TabMessage['type'], Record<string, Check>> = {
  'toggle-highlights': { type: isString },
  'analyse-anyway': { type: isString },
  'get-article-view': { type: isString },
  'reveal-span': { type: isString, start: isNumber, end: isNumber },
  'reveal-actor': { type: isString, actorId: isString },
};

/** The tab message, if `value` is exactly one of ours; otherwise null. */
export function parseTabMessage(value: unknown): TabMessage | null {
  return parseTyped<TabMessage>(value, TAB_MESSAGE_SHAPES);
}
