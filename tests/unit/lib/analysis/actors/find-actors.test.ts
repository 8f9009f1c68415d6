import { describe, expect, it } from 'vitest';
import { findActors } from '../../../../../lib/analysis/actors/find-actors';
import { splitSentences, tokenize } from '../../../../../lib/analysis/tokenize';

function actorsOf(text: string) {
  const tokens = tokenize(text);
  return findActors({ text, tokens, sentences: splitSentences(text, tokens) });
}

function mentionsOf(text: string, id: string): string[] {
  return (
    actorsOf(text)
      .find((actor) => actor.id === id)
      ?.mentions.map((mention) => text.slice(mention.start, mention.end)) ?? []
  );
}

describe('findActors', () => {
  it('takes no actor from a heading in capitals, and keeps an acronym in a sentence', () => {
    const text = "Orascom shares fell.\nPANDORA'S BOX\nShares rose, analysts at EMRC said on Sunday.";
    const names = actorsOf(text).map((actor) => actor.name);
    expect(names).not.toContain('PANDORA');
    expect(names).not.toContain('BOX');
    expect(names).toContain('EMRC');
  });

  it('reads "a Virginia Democrat" as a person’s affiliation, not a body', () => {
    const text = 'Senator Mark Warner, a Virginia Democrat, said the plan would fail.';
    const actors = actorsOf(text);
    expect(actors.map((actor) => actor.name)).not.toContain('Virginia Democrat');
    expect(actors.find((actor) => actor.name === 'Mark Warner')?.role).toContain('Virginia Democrat');
  });

  it('groups a later surname with the full name of a person it does not know', () => {
    const text = 'Mission chief Karin Lindqvist arrived in Cairo on Monday. Lindqvist met officials later.';
    const actors = actorsOf(text);
    const person = actors.find((actor) => actor.name === 'Karin Lindqvist');
    expect(person?.kind).toBe('person');
    expect(person?.id).toBe('karin-lindqvist');
    expect(person?.mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual([
      'Karin Lindqvist',
      'Lindqvist',
    ]);
  });

  it('takes no day or month for an actor, and leaves months that are names to the names', () => {
    const text = 'General Michel Aoun returned to Beirut on Monday. In October, Theresa May met him.';
    const names = actorsOf(text).map((actor) => actor.name);
    expect(names).not.toContain('Monday');
    expect(names).not.toContain('October');
    expect(names).toContain('Beirut');
    expect(names.some((name) => name.includes('May'))).toBe(true);
  });

  it('reads "the Trump administration" as the United States', () => {
    const text = 'The Trump administration’s initiative surprised many. Trump later defended it.';
    expect(mentionsOf(text, 'united-states')).toEqual(['Trump administration']);
    expect(mentionsOf(text, 'donald-trump')).toEqual(['Trump']);
  });

  it('keeps demonyms with their state, never as actors of their own', () => {
    const text = 'Israeli officials met Egyptian mediators in Cairo.';
    const actors = actorsOf(text);
    expect(actors.some((actor) => /^(israeli|egyptian)/i.test(actor.id))).toBe(false);
    expect(actors.find((actor) => actor.id === 'israel')?.mentions[0]?.form).toBe('demonym');
  });

  it('lets a longer name stand over the known names inside it', () => {
    const text = 'The Conservative Party of Canada won the vote at Cairo University.';
    const names = actorsOf(text).map((actor) => actor.name);
    expect(names).toContain('Conservative Party of Canada');
    expect(names).not.toContain('Canada');
  });

  it('does not take a label line of the page for a name', () => {
    expect(actorsOf('Hamas agreed.\nShort link:').map((actor) => actor.id)).toEqual(['hamas']);
  });
});
