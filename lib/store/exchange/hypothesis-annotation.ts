import { articleKey } from '../article-key';
import type { NoteRecord } from '../note-record';
import { isoTime, timeFromIso } from './dates';
import { foreignNoteId } from './foreign-id';
import { readTextSelectors } from './foreign-selectors';
import type { NoteReading } from './import-collector';
import { isRecord } from './is-record';
import { importedAttachment, lensExtras, readLensExtras } from './lens-extras';
import { titleFromAddress } from './page-title';

/** The Hypothesis user our exports are written as: a local account, no real one. */
export const EXPORT_USER = 'acct:reader@ahram-lens.local';

/**
 * One note as a Hypothesis annotation (the API's shape, as in the client's export). Notes are
 * private, so only the reader may read it: Hypothesis's "only me" in the public group. Colour and
 * the rest Hypothesis has no field for go under "ahram_lens".
 */
export function toHypothesisAnnotation(note: NoteRecord): Record<string, unknown> {
  const target: Record<string, unknown> = { source: note.url };
  if (note.selectors.length > 0) target.selector = note.selectors;
  return {
    id: note.id,
    created: isoTime(note.createdAt),
    updated: isoTime(note.updatedAt),
    user: EXPORT_USER,
    uri: note.url,
    text: note.body,
    tags: [...note.tags],
    group: '__world__',
    permissions: { read: [EXPORT_USER], update: [EXPORT_USER], delete: [EXPORT_USER] },
    target: [target],
    document: { title: [note.articleTitle] },
    hidden: false,
    flagged: false,
    ahram_lens: lensExtras(note),
  };
}

/** One Hypothesis annotation as a candidate note. Page notes and replies have no passage to attach to. */
export function fromHypothesisAnnotation(value: unknown, now: number): NoteReading {
  if (!isRecord(value)) return { skip: 'not an annotation' };
  const extras = readLensExtras(value.ahram_lens);
  const targets = (Array.isArray(value.target) ? value.target : [value.target]).filter(isRecord);
  const target = targets.find((item) => readTextSelectors(item.selector).length > 0) ?? targets[0];
  const selectors = readTextSelectors(target?.selector);
  const address = [value.uri, target?.source].find(
    (item): item is string => typeof item === 'string' && item !== '',
  );
  if (address === undefined) return { skip: 'no page address' };
  if (selectors.length === 0 && extras.actorId === undefined) {
    const reply = Array.isArray(value.references) && value.references.length > 0;
    return {
      skip: reply
        ? 'a reply to another annotation, not a note on a passage'
        : 'a note on the whole page, not a passage',
    };
  }
  const createdAt = timeFromIso(value.created, now);
  const note: Record<string, unknown> = {
    id: foreignNoteId(value.id, value),
    articleKey: extras.articleKey ?? articleKey(address),
    url: address,
    articleTitle: extras.articleTitle ?? documentTitle(value.document) ?? titleFromAddress(address),
    selectors,
    body: typeof value.text === 'string' ? value.text : '',
    tags: Array.isArray(value.tags) ? value.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    color: extras.color,
    createdAt,
    // Never edited is the likeliest meaning of a missing update time.
    updatedAt: timeFromIso(value.updated, createdAt),
  };
  return { note: { ...note, ...importedAttachment(extras) } };
}

/** Hypothesis keeps a page's titles as a list (from its <title>, og:title…); the first is shown. */
function documentTitle(document: unknown): string | undefined {
  if (!isRecord(document)) return undefined;
  const titles = Array.isArray(document.title) ? document.title : [document.title];
  return titles.find((title): title is string => typeof title === 'string' && title.trim() !== '');
}
