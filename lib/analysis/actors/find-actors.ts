import type { Actor } from '../analysis';
import { getKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base';
import { spansFromTags } from '../tagger/bio';
import { type EntityTagger, getShippedTagger } from '../tagger/model';
import type { Sentence, Token } from '../tokenize';
import { resolveAdministrations } from './administration-metonyms';
import { withoutAttributiveTails } from './attributive-tails';
import { withBodyContext } from './body-context';
import { withBracketedAcronyms } from './bracketed-acronyms';
import { inReadingCase, withDatelinePlaces } from './capitals-lines';
import { withoutConnectorEnds } from './connector-ends';
import { groupActors } from './group-actors';
import { headingOnlyTest } from './heading-lines';
import { withKindNouns } from './kind-nouns';
import { findKnownMentions } from './known-mentions';
import { withBodiesLocated } from './located-bodies';
import { withMatchReportSides } from './match-reports';
import { mergeMentions, type TaggedEntity } from './merge-mentions';
import { withListKinds } from './name-lists';
import { withPlaceContext } from './place-context';
import { withPlaceNames } from './place-names';
import { withPossessiveNames } from './possessive-names';
import { propagateNames } from './propagate-names';
import { withoutQuotedTitleNames } from './quoted-titles';
import { roleAt } from './roles';
import { withRunOnNamesSplit } from './run-on-names';
import { withScoreLineNames } from './score-lines';
import { withoutCommonOpeners } from './sentence-openers';
import { withShapedNames } from './shaped-names';
import { SpanSearch } from './span-search';
import { withSurnameMentions } from './surname-mentions';
import { sentenceOf, tokenIndexAt } from './token-lookup';

const MAX_LABEL_TOKENS = 4;

/** The article's text, cut once and shared by every stage of the analysis. */
export interface TokenizedText {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

/**
 * The actors of an article: every mention of a person, organisation, state or place, grouped into
 * one actor each, with the role the article gives people and the knowledge base's description.
 */
export function findActors(
  input: TokenizedText,
  knowledgeBase: KnowledgeBase = getKnowledgeBase(),
  // Other weights only for cross-validation (npm run bench:ner); the extension uses the shipped ones.
  tagger: EntityTagger = getShippedTagger(),
): Actor[] {
  const knownAsWritten = findKnownMentions(input.text, input.tokens);
  // Everything below reads headlines and datelines in capitals as the article writes their words.
  const reading = inReadingCase(input, knownAsWritten);
  const { text, tokens, sentences } = reading;
  const known = resolveAdministrations(text, tokens, knownAsWritten, knowledgeBase);
  const knownSpans = new SpanSearch(known);
  const taggerSpans = spansFromTags(tagger.tagTokens(tokens, sentences)).map((span) => ({
    start: (tokens[span.start] as Token).start,
    end: (tokens[span.end - 1] as Token).end,
    type: span.type,
  }));
  // The tagger's spans, repaired in turn: lines it reads badly (taught on running sentences, it
  // misses datelines, results and standings), names cut at a connector, names whose shape shows
  // them cut wrong, lists of one kind, words that only open a sentence.
  const repairs: ((entities: readonly TaggedEntity[]) => TaggedEntity[])[] = [
    (entities) => withDatelinePlaces(entities, reading.datelinePlaces),
    (entities) => withScoreLineNames(text, tokens, entities),
    (entities) => withMatchReportSides(text, tokens, sentences, entities),
    (entities) => withoutConnectorEnds(text, tokens, entities),
    (entities) => withRunOnNamesSplit(tokens, entities),
    (entities) => withBodiesLocated(tokens, entities),
    (entities) => withPossessiveNames(text, tokens, entities, knownSpans),
    (entities) => withShapedNames(text, tokens, entities, known),
    (entities) => withListKinds(text, tokens, entities, knownSpans),
    (entities) => withKindNouns(text, tokens, entities, knownSpans),
    (entities) => withPlaceContext(text, tokens, entities),
    (entities) => withBodyContext(text, tokens, entities),
    (entities) => withPlaceNames(text, tokens, entities),
    (entities) => withSurnameMentions(text, tokens, entities),
    (entities) => withBracketedAcronyms(text, tokens, entities),
    (entities) => withoutCommonOpeners(text, tokens, entities),
    (entities) => withoutQuotedTitleNames(text, tokens, entities),
    (entities) => withoutAttributiveTails(text, tokens, entities),
  ];
  const tagged = repairs.reduce<readonly TaggedEntity[]>((entities, repair) => repair(entities), taggerSpans);
  const merged = mergeMentions(text, tokens, known, tagged);
  const onlyInHeadings = headingOnlyTest(input);
  const actors = groupActors(text, merged.known, merged.unknown, knowledgeBase).filter(
    (actor) =>
      knowledgeBase.byId(actor.id) !== undefined || (!isLabelWord(reading, actor) && !onlyInHeadings(actor)),
  );
  propagateNames(text, tokens, actors, (id) => knowledgeBase.byId(id) !== undefined);
  for (const actor of actors) {
    const entry = knowledgeBase.byId(actor.id);
    if (entry) actor.description = `${entry.description} (as of ${entry.asOf})`;
    if (actor.kind === 'person') {
      const role = firstRole(reading, actor);
      if (role) actor.role = role;
    }
  }
  return actors;
}

/**
 * A word in a short label line ("Short link:", "Related:") is page furniture, not a name, unless
 * the knowledge base knows it or the article names it again.
 */
function isLabelWord({ tokens, sentences }: TokenizedText, actor: Actor): boolean {
  const [mention, ...others] = actor.mentions;
  if (!mention || others.length > 0) return false;
  const line = sentenceOf(sentences, tokenIndexAt(tokens, mention.start));
  if (!line) return false;
  const lineTokens = tokens.slice(line.tokenStart, line.tokenEnd);
  return lineTokens.length <= MAX_LABEL_TOKENS && lineTokens[lineTokens.length - 1]?.text === ':';
}

function firstRole({ text, tokens, sentences }: TokenizedText, actor: Actor): string | undefined {
  for (const mention of actor.mentions) {
    const first = tokenIndexAt(tokens, mention.start);
    const end = tokenIndexAt(tokens, mention.end - 1) + 1;
    const sentence = sentenceOf(sentences, first);
    if (!sentence) continue;
    const role = roleAt(text, tokens, { first, end }, { first: sentence.tokenStart, end: sentence.tokenEnd });
    if (role) return role;
  }
  return undefined;
}
