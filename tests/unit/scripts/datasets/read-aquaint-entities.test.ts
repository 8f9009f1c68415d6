import { describe, expect, it } from 'vitest';
import { placeAnnotation } from '../../../../scripts/datasets/read-aquaint-entities';

const TEXT = 'MIAMI (AP) -- Elian Gonzalez met anti-Castro exiles in Miami; Castro said no.';

describe('placeAnnotation', () => {
  it('places each surface after the previous one, repeats included', () => {
    const { story, errors } = placeAnnotation(
      'story',
      TEXT,
      'LOC\tMIAMI\nORG\tAP\nPER\tElian Gonzalez\nLOC\tMiami\nPER\tCastro\n',
    );
    expect(errors).toEqual([]);
    expect(story.entities.map(({ start, end, type }) => [TEXT.slice(start, end), type])).toEqual([
      ['MIAMI', 'LOC'],
      ['AP', 'ORG'],
      ['Elian Gonzalez', 'PER'],
      ['Miami', 'LOC'],
      ['Castro', 'PER'],
    ]);
    expect(story.entities[4]?.start).toBe(TEXT.lastIndexOf('Castro'));
  });

  it('makes a name inside a hyphenated word out of scope, as CoNLL keeps such words whole', () => {
    const { story } = placeAnnotation('story', TEXT, 'PER\tElian Gonzalez\nPER\tCastro\nPER\tCastro\n');
    expect(story.entities.map((entity) => entity.type)).toEqual(['PER', 'MISC', 'PER']);
  });

  it('reports a line it cannot place, and a line of an unknown type, with their numbers', () => {
    const { errors } = placeAnnotation('story', TEXT, 'PER\tCastro\n\nPER\tElian Gonzalez\nPERSON\tMiami\n');
    expect(errors.map((error) => error.line)).toEqual([3, 4]);
  });
});
