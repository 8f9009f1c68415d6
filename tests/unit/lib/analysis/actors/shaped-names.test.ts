import { describe, expect, it } from 'vitest';
import { withShapedNames } from '../../../../../lib/analysis/actors/shaped-names';
import { tokenize } from '../../../../../lib/analysis/tokenize';
import { repairedBy } from './support/tagger-reading';

/** The names as written after the repair, given the tagger's reading. */
const repaired = repairedBy(withShapedNames);

describe('withShapedNames', () => {
  it('reads a place from its head word, and re-types the tagger’s reading of the same words', () => {
    const text = 'A car parked in front of Al-Nour Mosque was hit.';
    expect(repaired(text, [['Al-Nour Mosque', 'PER']])).toEqual(['Al-Nour Mosque LOC']);
    expect(repaired('Crowds filled Tahrir Square again.', [['Tahrir', 'LOC']])).toEqual([
      'Tahrir Square LOC',
    ]);
  });

  it('reads a body the tagger took for an event or a work, but not inside a longer event', () => {
    const text =
      'Bombings targeted the South African Communist Party before the 1994 South African Communist Party congress .';
    expect(
      repaired(text, [
        ['South African Communist Party', 'MISC'],
        ['1994 South African Communist Party congress', 'MISC'],
      ]),
    ).toEqual(['South African Communist Party ORG', '1994 South African Communist Party congress MISC']);
  });

  it('reads a company from its head word, leaving out a describing compound before it', () => {
    const text = 'Orascom Construction Industries and Cairo-based Egypt Kuwait Holding bid.';
    expect(
      repaired(text, [
        ['Orascom', 'LOC'],
        ['Construction Industries', 'ORG'],
        ['Egypt', 'LOC'],
        ['Kuwait Holding', 'ORG'],
      ]),
    ).toEqual(['Orascom Construction Industries ORG', 'Egypt Kuwait Holding ORG']);
  });

  it('reads rivers, peninsulas and camps from their head words, not a person named like one', () => {
    const text = 'Floods on the Yangtze River reached Jabalia Camp , David Camp said .';
    expect(
      repaired(text, [
        ['Yangtze', 'PER'],
        ['Jabalia', 'PER'],
        ['David Camp', 'PER'],
      ]),
    ).toEqual(['Yangtze River LOC', 'Jabalia Camp LOC', 'David Camp PER']);
  });

  it('reads companies, courts and services from their head words', () => {
    const text = 'Salt Publishing sued Orascom Telecom before the Cairo Criminal Court .';
    expect(
      repaired(text, [
        ['Salt', 'PER'],
        ['Orascom', 'LOC'],
        ['Cairo', 'LOC'],
      ]),
    ).toEqual(['Salt Publishing ORG', 'Orascom Telecom ORG', 'Cairo Criminal Court ORG']);
  });

  it('takes a number after a word into the name ("April 6 Movement"), never a number first', () => {
    expect(repaired('Clashes on the April 6 Movement followed.', [['Movement', 'ORG']])).toEqual([
      'April 6 Movement ORG',
    ]);
    expect(repaired('He met 6 Movement members.', [['Movement', 'ORG']])).toEqual(['Movement ORG']);
  });

  it('repairs a name the knowledge base saw part of, even where the tagger saw nothing', () => {
    const text = 'Victory for the ruling National Democratic Party is not in doubt.';
    const start = text.indexOf('Democratic Party');
    const found = withShapedNames(
      text,
      tokenize(text),
      [],
      [{ start, end: start + 'Democratic Party'.length }],
    );
    expect(found.map((entity) => `${text.slice(entity.start, entity.end)} ${entity.type}`)).toEqual([
      'National Democratic Party ORG',
    ]);
  });

  it('reads a state from its head word, with "of" and a name after it', () => {
    const text = 'Dukes of the Principality of Guria served the French Fifth Republic .';
    expect(
      repaired(text, [
        ['Guria', 'PER'],
        ['French', 'MISC'],
      ]),
    ).toEqual(['Principality of Guria LOC', 'French Fifth Republic LOC']);
  });

  it('leaves "Republic of" to the state the knowledge base knows by its name', () => {
    const text = 'Envoys of the Republic of Egypt came .';
    const start = text.indexOf('Egypt');
    const found = withShapedNames(text, tokenize(text), [], [{ start, end: start + 'Egypt'.length }]);
    expect(found).toEqual([]);
  });

  it('reads a body’s whole name where the tagger saw only the place it starts with', () => {
    expect(repaired('Members of the Pakistan Muslim League met.', [['Pakistan', 'LOC']])).toEqual([
      'Pakistan Muslim League ORG',
    ]);
    expect(repaired('He led the Liberal Party of Canada in 2015.', [['Canada', 'LOC']])).toEqual([
      'Liberal Party of Canada ORG',
    ]);
  });

  it('takes "for the …" and one nested "of …" after the head word', () => {
    const text = 'A statement by the Popular Front for the Liberation of Palestine followed.';
    expect(repaired(text, [['Popular Front', 'ORG']])).toEqual([
      'Popular Front for the Liberation of Palestine ORG',
    ]);
  });

  it('ends "of …" where a person’s given name follows it', () => {
    const text = 'Liberal Party of Canada Joseph Simard won the seat .';
    expect(
      repaired(text, [
        ['Liberal Party of Canada', 'ORG'],
        ['Joseph Simard', 'PER'],
      ]),
    ).toEqual(['Liberal Party of Canada ORG', 'Joseph Simard PER']);
  });

  it('opens a body’s name with a collective noun’s possessive, not with its owner’s', () => {
    const text = "The Croatian People's Party , the Workers ' Party and Egypt's Wafd Party met .";
    expect(
      repaired(text, [
        ['Croatian People', 'ORG'],
        ['Workers', 'ORG'],
        ['Egypt', 'LOC'],
        ['Wafd Party', 'ORG'],
      ]),
    ).toEqual(["Croatian People's Party ORG", "Workers ' Party ORG", 'Egypt LOC', 'Wafd Party ORG']);
  });

  it('never joins two names across "and"', () => {
    const text = 'The Italian Socialist Party and Italian Republican Party agreed.';
    expect(repaired(text, [['Socialist Party and Italian Republican', 'ORG']])).toEqual([
      'Italian Socialist Party ORG',
      'Italian Republican Party ORG',
    ]);
  });

  it('leaves an election named after a body to the event', () => {
    const text = 'He won the 2008 Meghalaya Legislative Assembly election easily.';
    expect(repaired(text, [['Meghalaya', 'LOC']])).toEqual(['Meghalaya LOC']);
  });

  it('changes nothing where the tagger saw no name, or already saw all of it', () => {
    expect(repaired('Members of the Party Council met.', [])).toEqual([]);
    const text = 'The Alliance of Liberals and Democrats for Europe Party won.';
    expect(repaired(text, [['Alliance of Liberals and Democrats for Europe Party', 'ORG']])).toEqual([
      'Alliance of Liberals and Democrats for Europe Party ORG',
    ]);
  });
});
