import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { GoldActor } from '../../../lib/analysis/eval/gold-actors';
import { FIXTURES_DIR } from './harness';

export interface PlacedGoldMention {
  actorId: string;
  text: string;
  /** Which occurrence of `text` (as a whole word) in the seed text this is, from 0. */
  occurrence: number;
}

/** The seed's required gold mentions, each located by its text and how many times it came before. */
export function requiredSeedMentions(): PlacedGoldMention[] {
  const text = readFileSync(`${FIXTURES_DIR}seed/article.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(`${FIXTURES_DIR}seed/gold.json`, 'utf8')) as { actors: GoldActor[] };
  return gold.actors.flatMap((actor) =>
    actor.mentions
      .filter((mention) => mention.required)
      .map((mention) => {
        const before = [...text.matchAll(wholeWord(mention.text))].filter(
          (match) => match.index < mention.start,
        );
        return { actorId: actor.id, text: mention.text, occurrence: before.length };
      }),
  );
}

export function wholeWord(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * For each mention, the actor id of the mark its first character sits in on the page (null when
 * it is not marked), read from the article body's own text nodes up to the site's end marker.
 */
export async function actorsMarkedAt(page: Page, mentions: PlacedGoldMention[]): Promise<(string | null)[]> {
  return page.evaluate(
    ({ mentions: wanted }) => {
      const body = document.querySelector('#ContentPlaceHolder1_divContent') as Element;
      const end = body.querySelector('.line_inner_AfterTopic');
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let text = '';
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (end && end.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
        if (node.parentElement?.closest('script, style')) continue;
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      return wanted.map(({ text: mention, occurrence }) => {
        const escaped = mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
        const match = [...text.matchAll(pattern)][occurrence];
        if (!match) return null;
        const holder = [...nodes].reverse().find((entry) => entry.start <= match.index);
        const mark = holder?.node.parentElement?.closest<HTMLElement>('mark.ahram-lens-actor');
        return mark?.dataset.actorId ?? null;
      });
    },
    { mentions },
  );
}
