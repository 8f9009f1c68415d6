import { describe, expect, it } from 'vitest';
import { groupActors } from '../../../../../lib/analysis/actors/group-actors';
import { findKnownMentions } from '../../../../../lib/analysis/actors/known-mentions';
import type { UnknownMention } from '../../../../../lib/analysis/actors/merge-mentions';
import { getKnowledgeBase } from '../../../../../lib/analysis/knowledge/knowledge-base';
import { tokenize } from '../../../../../lib/analysis/tokenize';
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

  it('joins a body named without a head word it drops, and keeps it a body however the tagger read the rest', () => {
    const text =
      'Silego Technology makes chips. Silego said so; at Silego they agree. Asia Society met in Asia.';
    expect(
      grouped(text, [
        ['Silego Technology', 'ORG'],
        ['Silego', 'PER'],
        ['Silego', 'LOC'],
        ['Asia Society', 'ORG'],
        ['Asia', 'LOC'],
      ]),
    ).toEqual([
      {
        name: 'Silego Technology',
        kind: 'organization',
        mentions: ['Silego Technology', 'Silego', 'Silego'],
      },
      { name: 'Asia Society', kind: 'organization', mentions: ['Asia Society'] },
      { name: 'Asia', kind: 'place', mentions: ['Asia'] },
    ]);
  });

  it('leaves a short form to the person of the article named so before a body', () => {
    const text = 'Bill Gates spoke. The Gates Foundation gave; Gates left.';
    expect(
      grouped(text, [
        ['Bill Gates', 'PER'],
        ['Gates Foundation', 'ORG'],
        ['Gates', 'PER'],
      ]),
    ).toEqual([
      { name: 'Bill Gates', kind: 'person', mentions: ['Bill Gates', 'Gates'] },
      { name: 'Gates Foundation', kind: 'organization', mentions: ['Gates Foundation'] },
    ]);
  });

  it('keeps a person named in full with a given name a person, however the tagger read the surname', () => {
    const text = 'Mohamed El-Kassas spoke. According to Al-Kassas, it grew; Al-Kassas left.';
    expect(
      grouped(text, [
        ['Mohamed El-Kassas', 'PER'],
        ['Al-Kassas', 'LOC'],
        ['Al-Kassas', 'LOC'],
      ]),
    ).toEqual([
      {
        name: 'Mohamed El-Kassas',
        kind: 'person',
        mentions: ['Mohamed El-Kassas', 'Al-Kassas', 'Al-Kassas'],
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

describe('groupActors: the first words of a name', () => {
  it('joins the first words of one person’s name to that person', () => {
    const text = 'Te Kaurinui Robert Parata spoke . Later Te Kaurinui said more .';
    expect(
      grouped(text, [
        ['Te Kaurinui Robert Parata', 'PER'],
        ['Te Kaurinui', 'PER'],
      ]),
    ).toEqual([
      {
        name: 'Te Kaurinui Robert Parata',
        kind: 'person',
        mentions: ['Te Kaurinui Robert Parata', 'Te Kaurinui'],
      },
    ]);
  });

  it('keeps them apart when two people share them, or the longer name is a run-on', () => {
    const shared = 'Ahmed Ali left ; Ahmed Ali Hassan and Ahmed Ali Said met .';
    expect(
      grouped(shared, [
        ['Ahmed Ali', 'PER'],
        ['Ahmed Ali Hassan', 'PER'],
        ['Ahmed Ali Said', 'PER'],
      ]).map((actor) => actor.name),
    ).toEqual(['Ahmed Ali', 'Ahmed Ali Hassan', 'Ahmed Ali Said']);
    const runOn = 'Ben Player Ben won . Ben Player surfed .';
    expect(
      grouped(runOn, [
        ['Ben Player Ben', 'PER'],
        ['Ben Player', 'PER'],
      ]).map((actor) => actor.name),
    ).toEqual(['Ben Player Ben', 'Ben Player']);
  });
});

describe('groupActors: acronyms', () => {
  it('gives an acronym to the name the article spells it out with, over the knowledge base', () => {
    const text = 'He taught at the Massachusetts Institute of Technology . At MIT he met Lorenz .';
    const tokens = tokenize(text);
    // "Massachusetts", the state, is inside the longer name and left out by mergeMentions.
    const known = findKnownMentions(text, tokens).filter((mention) => mention.start > text.indexOf('.'));
    expect(known.map((mention) => mention.actorId)).toEqual(['national-intelligence-organisation']);
    const actors = groupActors(
      text,
      known,
      taggerReading(text, [['Massachusetts Institute of Technology', 'ORG']]),
      getKnowledgeBase(),
    );
    expect(actors.map((actor) => [actor.name, actor.mentions.length])).toEqual([
      ['Massachusetts Institute of Technology', 2],
    ]);
  });

  it('leaves a known acronym to the knowledge base when the article spells out nothing like it', () => {
    const text = 'MIT said the Turkish agents were caught .';
    const tokens = tokenize(text);
    const actors = groupActors(text, findKnownMentions(text, tokens), [], getKnowledgeBase());
    expect(actors.map((actor) => actor.id)).toEqual(['national-intelligence-organisation', 'turkey']);
  });
});
