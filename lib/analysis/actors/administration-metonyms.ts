import type { KnowledgeActor, KnowledgeBase } from '../knowledge/knowledge-base';
import type { Token } from '../tokenize';
import type { KnownMention } from './known-mentions';
import { tokenIndexAt } from './token-lookup';

/** "the Trump administration", "the Netanyahu government": a leader's name standing for the state. */
const GOVERNMENT_WORDS = new Set(['administration', 'government', 'cabinet', 'regime']);

/**
 * Turns a leader's name followed by "administration" (or "government", "cabinet", "regime") into a
 * mention of the state that leader governs, as read from the knowledge base's description of them
 * ("President of the United States since January 2025" → United States).
 */
export function resolveAdministrations(
  text: string,
  tokens: readonly Token[],
  mentions: readonly KnownMention[],
  knowledgeBase: KnowledgeBase,
): KnownMention[] {
  return mentions.map((mention) => {
    if (mention.kind !== 'person') return mention;
    const next = tokens[tokenIndexAt(tokens, mention.end)];
    if (
      !next ||
      !GOVERNMENT_WORDS.has(next.text.toLowerCase()) ||
      text.slice(mention.end, next.start) !== ' '
    ) {
      return mention;
    }
    const person = knowledgeBase.byId(mention.actorId);
    const state = person ? stateGovernedBy(person, knowledgeBase) : undefined;
    if (!state) return mention;
    return {
      start: mention.start,
      end: next.end,
      actorId: state.id,
      kind: state.kind,
      form: 'metonym',
      candidates: [{ actorId: state.id, form: 'metonym' }],
    };
  });
}

const governedStates = new WeakMap<KnowledgeActor, KnowledgeActor | null>();

function stateGovernedBy(person: KnowledgeActor, knowledgeBase: KnowledgeBase): KnowledgeActor | undefined {
  if (!governedStates.has(person)) {
    const description = person.description;
    let best: { state: KnowledgeActor; at: number } | null = null;
    if (/\b(president|prime minister|king|emir|chancellor|premier|leader)\b/i.test(description)) {
      for (const state of knowledgeBase.actors) {
        if (state.kind !== 'state') continue;
        const at = description.search(new RegExp(`\\b${escapeRegExp(state.name)}\\b`));
        if (at >= 0 && (!best || at < best.at)) best = { state, at };
      }
    }
    governedStates.set(person, best?.state ?? null);
  }
  return governedStates.get(person) ?? undefined;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
