// The analysis contract (DESIGN.md, "Contract: the analysis JSON"): what the engine returns for an
// article's text. The CLI prints it, the benchmarks score it, the extension paints it. Offsets are
// JavaScript string indices (UTF-16 code units) into the analysed text; `end` is exclusive.

export interface Span {
  start: number;
  end: number;
}

export type ActorKind = 'person' | 'organization' | 'state' | 'place' | 'other';

/** How a mention names its actor: by name, by another name, by a seat of power, by a demonym. */
export type MentionForm = 'name' | 'alias' | 'metonym' | 'demonym';

export interface Mention extends Span {
  form?: MentionForm;
}

export interface Actor {
  /** Stable across articles: the knowledge-base id, or a slug of the name for actors it does not know. */
  id: string;
  name: string;
  kind: ActorKind;
  /** The actor's role as this article gives it ("US Special Envoy for Hostage Affairs"). */
  role?: string;
  /** From the knowledge base, with its "as of" date. */
  description?: string;
  mentions: Mention[];
}

export interface Claim extends Span {
  kind: 'attributed' | 'hedged';
  /** The word(s) that make it a claim: "according to", "said", "reportedly". */
  cue: string;
  source?: { text: string; actorId?: string };
}

export interface DateMention extends Span {
  /** TIMEX3 value: 2025-03-13, 2025-03, 2025, 199X, PRESENT_REF, P5Y … */
  value: string;
}

export interface TimelineEntry {
  date: string;
  label: string;
  actorIds: string[];
  spans: Span[];
}

export interface Analysis {
  title?: string;
  /** YYYY-MM-DD when known */
  publishedAt?: string;
  /** Present when the input was HTML: the extracted article text the offsets refer to. */
  text?: string;
  actors: Actor[];
  claims: Claim[];
  dates: DateMention[];
  /** Dated events, oldest first. */
  timeline: TimelineEntry[];
  /** Extractive: spans of whole sentences, in reading order. */
  summary: Span[];
}

export interface AnalyzeOptions {
  title?: string;
  publishedAt?: string;
  url?: string;
}
