import type { Actor, Mention } from '../analysis';
import type { Token } from '../tokenize';
import { tokenIndexAt } from './token-lookup';

/**
 * Once the article has named an actor the knowledge base does not know, its name (and, for a person,
 * the surname alone) is that actor wherever else it is written, even where the tagger missed it
 * ("Lindqvist met officials" after "Karin Lindqvist"). Adds those mentions in place.
 */
export function propagateNames(
  text: string,
  tokens: readonly Token[],
  actors: Actor[],
  isKnown: (id: string) => boolean,
): void {
  // Each form by its first word, so one pass over the tokens finds them all.
  const formsByFirstWord = new Map<string, { form: string; kind: Mention['form']; actor: Actor }[]>();
  const add = (form: string, kind: Mention['form'], actor: Actor) => {
    const first = form.split(/\s+/)[0] ?? form;
    const list = formsByFirstWord.get(first) ?? [];
    list.push({ form, kind, actor });
    formsByFirstWord.set(first, list);
  };
  for (const actor of actors) {
    if (isKnown(actor.id)) continue;
    add(actor.name, 'name', actor);
    const words = actor.name.split(/\s+/);
    const surname = words[words.length - 1];
    if (actor.kind === 'person' && words.length > 1 && surname && surname.length > 2)
      add(surname, 'alias', actor);
  }
  if (formsByFirstWord.size === 0) return;

  // One flag per character of the text: which characters a mention already covers.
  const taken = new Uint8Array(text.length);
  for (const actor of actors) for (const mention of actor.mentions) taken.fill(1, mention.start, mention.end);
  const touched = new Set<Actor>();
  for (const token of tokens) {
    const forms = formsByFirstWord.get(token.text);
    if (forms === undefined) continue;
    for (const { form, kind, actor } of forms) {
      const end = token.start + form.length;
      if (!endsAToken(tokens, end) || !text.startsWith(form, token.start)) continue;
      let free = true;
      for (let at = token.start; at < end && free; at += 1) free = taken[at] === 0;
      if (!free) continue;
      actor.mentions.push({ start: token.start, end, form: kind });
      taken.fill(1, token.start, end);
      touched.add(actor);
    }
  }
  for (const actor of touched) actor.mentions.sort((a, b) => a.start - b.start);
}

/** Whether a token ends at `offset` (tokens are in text order). */
function endsAToken(tokens: readonly Token[], offset: number): boolean {
  return tokens[tokenIndexAt(tokens, offset - 1)]?.end === offset;
}
