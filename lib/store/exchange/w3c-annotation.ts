import { articleKey } from '../article-key';
import type { NoteRecord } from '../note-record';
import { isoTime, timeFromIso } from './dates';
import { foreignNoteId } from './foreign-id';
import { readTextSelectors } from './foreign-selectors';
import type { NoteReading } from './import-collector';
import { isRecord } from './is-record';
import { hasName } from './json-ld';
import { importedAttachment, lensExtras, readLensExtras } from './lens-extras';
import { titleFromAddress } from './page-title';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_IRI = 'urn:uuid:';
/** An annotation id must be an IRI; a note id that is neither a UUID nor an IRI is wrapped in this. */
const NOTE_IRI = 'urn:ahram-lens:note:';
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** One note as a W3C Web Annotation, with what the model has no field for under "ahramLens". */
export function toW3cAnnotation(note: NoteRecord): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (note.body !== '') {
    body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  }
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const target: Record<string, unknown> = { source: note.url };
  if (note.selectors.length > 0) target.selector = note.selectors;
  return {
    id: annotationId(note.id),
    type: 'Annotation',
    created: isoTime(note.createdAt),
    modified: isoTime(note.updatedAt),
    motivation: note.body === '' ? 'highlighting' : 'commenting',
    ...(body.length > 0 ? { body } : {}),
    target,
    ahramLens: lensExtras(note),
  };
}

/** One annotation from any tool as a candidate note; what it lacks gets a sensible default. */
export function fromW3cAnnotation(value: unknown, now: number): NoteReading {
  if (!isRecord(value)) return { skip: 'not an annotation' };
  const type = value.type ?? value['@type'];
  if (type !== undefined && !hasName(type, 'Annotation')) return { skip: 'not an annotation' };
  const extras = readLensExtras(value.ahramLens);
  const target = chooseTarget(value.target);
  if (!target) return { skip: 'no page address' };
  const selectors = readTextSelectors(target.selector);
  if (selectors.length === 0 && extras.actorId === undefined) return { skip: 'no text selector' };
  const createdAt = timeFromIso(value.created, now);
  const note: Record<string, unknown> = {
    id: noteId(value.id ?? value['@id'], value),
    articleKey: extras.articleKey ?? articleKey(target.source),
    url: target.source,
    articleTitle: extras.articleTitle ?? target.title ?? titleFromAddress(target.source),
    selectors,
    ...readBodies(value),
    color: extras.color,
    createdAt,
    // Never modified is the likeliest meaning of a missing modification time.
    updatedAt: timeFromIso(value.modified, createdAt),
  };
  return { note: { ...note, ...importedAttachment(extras) } };
}

function annotationId(id: string): string {
  if (UUID.test(id)) return `${UUID_IRI}${id}`;
  return HAS_SCHEME.test(id) ? id : `${NOTE_IRI}${encodeURIComponent(id)}`;
}

function noteId(id: unknown, annotation: unknown): string {
  if (typeof id === 'string' && id.startsWith(UUID_IRI) && UUID.test(id.slice(UUID_IRI.length))) {
    return id.slice(UUID_IRI.length);
  }
  if (typeof id === 'string' && id.startsWith(NOTE_IRI)) {
    try {
      return foreignNoteId(decodeURIComponent(id.slice(NOTE_IRI.length)), annotation);
    } catch {
      // A malformed escape: keep the IRI itself as the id.
    }
  }
  return foreignNoteId(id, annotation);
}

interface Target {
  source: string;
  selector: unknown;
  title?: string;
}

/** The target to attach to: the first with text selectors, else the first with an address. */
function chooseTarget(value: unknown): Target | undefined {
  const targets = (Array.isArray(value) ? value : [value]).flatMap(readTarget);
  return targets.find((target) => readTextSelectors(target.selector).length > 0) ?? targets[0];
}

function readTarget(value: unknown): Target[] {
  if (typeof value === 'string') return [{ source: value, selector: undefined }];
  if (!isRecord(value)) return [];
  // A target is a SpecificResource (a source plus selectors), or the page itself given by its id.
  const source = isRecord(value.source) ? value.source.id : (value.source ?? value.id);
  if (typeof source !== 'string' || source === '') return [];
  const title = [value['dc:title'], value.title].find(
    (item) => typeof item === 'string' && item.trim() !== '',
  );
  return [{ source, selector: value.selector, ...(typeof title === 'string' ? { title } : {}) }];
}

/** The comment (its textual bodies, or bodyValue) and the tags (bodies whose purpose is tagging). */
function readBodies(annotation: Record<string, unknown>): { body: string; tags: string[] } {
  const texts: string[] = typeof annotation.bodyValue === 'string' ? [annotation.bodyValue] : [];
  const tags: string[] = [];
  const bodies = Array.isArray(annotation.body) ? annotation.body : [annotation.body];
  const tagging = hasName(annotation.motivation, 'tagging');
  for (const body of bodies) {
    // Bodies that are links or other resources carry no text of ours.
    if (!isRecord(body) || typeof body.value !== 'string') continue;
    if (body.type !== undefined && !hasName(body.type, 'TextualBody')) continue;
    const purpose = body.purpose ?? (tagging ? 'tagging' : 'commenting');
    if (hasName(purpose, 'tagging')) tags.push(body.value);
    else texts.push(body.value);
  }
  return { body: texts.join('\n\n'), tags };
}
