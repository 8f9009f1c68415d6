import { describe, expect, it } from 'vitest';
import { groupActors } from '../../../../../lib/analysis/actors/group-actors';
import type { UnknownMention } from '../../../../../lib/analysis/actors/merge-mentions';
import { getKnowledgeBase } from '../../../../../lib/analysis/knowledge/knowledge-base';
import { taggerReading } from './support/tagger-reading';

function grouped(text: string, names: [string, UnknownMention['type']][]) {
  return groupActors(text, [], taggerReading(text, names), getKnowledgeBase()).map((actor) => ({
    name: actor.name,
    kind: actor.kind,
    mentions: actor.mentions.map((mention) => text.slice(mention.start, mention.end)),
  }));
}

describe('groupActors', () => {
  it('takes spellings of one name for one actor, whatever kind the tagger gave each', () => {
    const text = 'Mohamed El-Kassas was expelled. Al-Kassas said he would appeal; el Kassas later left.';
    expect(
      grouped(text, [
        ['Mohamed El-Kassas', 'PER'],
        ['Al-Kassas', 'LOC'],
        ['el Kassas', 'ORG'],
      ]),
    ).toEqual([
      {
        name: 'Mohamed El-Kassas',
        kind: 'person',
        mentions: ['Mohamed El-Kassas', 'Al-Kassas', 'el Kassas'],
      },
    ]);
  });

  it('joins a surname of one or more words to the person, even where the tagger read a place', () => {
    const text = 'Khaled Abdel-Hamid spoke. According to Abdel-Hamid, the march goes ahead. Hamid agreed.';
    expect(
      grouped(text, [
        ['Khaled Abdel-Hamid', 'PER'],
        ['Abdel-Hamid', 'LOC'],
        ['Hamid', 'ORG'],
      ]),
    ).toEqual([
      {
        name: 'Khaled Abdel-Hamid',
        kind: 'person',
        mentions: ['Khaled Abdel-Hamid', 'Abdel-Hamid', 'Hamid'],
      },
    ]);
  });

  it('gives a name the kind the tagger read most often', () => {
    const text = 'Abbasiya was calm. Residents of Abbasiya marched; Abbasiya then emptied.';
    expect(
      grouped(text, [
        ['Abbasiya', 'PER'],
        ['Abbasiya', 'LOC'],
        ['Abbasiya', 'LOC'],
      ]),
    ).toEqual([{ name: 'Abbasiya', kind: 'place', mentions: ['Abbasiya', 'Abbasiya', 'Abbasiya'] }]);
  });

  it('keeps a given name alone apart from a person unless the tagger read a person', () => {
    const text = 'Khaled Said died in 2010. Khaled Street was renamed.';
    const actors = grouped(text, [
      ['Khaled Said', 'PER'],
      ['Khaled Street', 'LOC'],
    ]);
    expect(actors.map((actor) => actor.name)).toEqual(['Khaled Said', 'Khaled Street']);
  });
});
