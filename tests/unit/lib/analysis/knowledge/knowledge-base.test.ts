import { describe, expect, it } from 'vitest';
import {
  ACTOR_KINDS,
  type ActorFile,
  buildKnowledgeBase,
  DEFAULT_FILES,
  DEFAULT_RULES,
  getKnowledgeBase,
  type KnowledgeActor,
  normalizeSurface,
} from '../../../../../lib/analysis/knowledge/knowledge-base';
import notActors from '../../../../../lib/analysis/knowledge/not-actors.json';

const kb = buildKnowledgeBase();
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function surfaceForms(actor: KnowledgeActor): string[] {
  return [actor.name, ...actor.aliases, ...(actor.metonyms ?? []), ...(actor.demonyms ?? [])];
}

/** normalised surface form → ids of the actors claiming it */
function claims(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const actor of kb.actors) {
    for (const form of surfaceForms(actor)) {
      const key = normalizeSurface(form);
      out.set(key, (out.get(key) ?? new Set()).add(actor.id));
    }
  }
  return out;
}

describe('normalizeSurface', () => {
  it('treats hyphens, dashes and spaces alike and collapses runs', () => {
    expect(normalizeSurface('El-Sisi')).toBe('el sisi');
    expect(normalizeSurface('El Sisi')).toBe('el sisi');
    expect(normalizeSurface('Abdel\u2013Fattah  \u00a0El\u2011Sisi')).toBe('abdel fattah el sisi');
  });

  it('lowercases and strips diacritics', () => {
    expect(normalizeSurface('Türkiye')).toBe('turkiye');
    expect(normalizeSurface('İmamoğlu')).toBe('imamoglu');
    expect(normalizeSurface('Médecins Sans Frontières')).toBe('medecins sans frontieres');
    expect(normalizeSurface('SISI')).toBe('sisi');
  });

  it('unifies apostrophes', () => {
    expect(normalizeSurface('B\u2019Tselem')).toBe("b'tselem");
    expect(normalizeSurface('Ra\u2018am')).toBe("ra'am");
    expect(normalizeSurface("Ra'am")).toBe("ra'am");
  });

  it('drops a leading "the" only as a separate word, and trims', () => {
    expect(normalizeSurface('  The   White House ')).toBe('white house');
    expect(normalizeSurface('the Kremlin')).toBe('kremlin');
    expect(normalizeSurface('Theresa May')).toBe('theresa may');
    expect(normalizeSurface('Bank of the West')).toBe('bank of the west');
  });
});

describe('knowledge base data', () => {
  it('has at least 600 actors', () => {
    expect(kb.actors.length).toBeGreaterThanOrEqual(600);
  });

  it('uses unique kebab-case ASCII ids', () => {
    const ids = kb.actors.map((a) => a.id);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('uses only the known kinds', () => {
    const raw = DEFAULT_FILES.flatMap((f) => f.actors);
    expect(raw.filter((a) => !(ACTOR_KINDS as readonly string[]).includes(a.kind)).map((a) => a.id)).toEqual(
      [],
    );
  });

  it('gives every state a demonym and a capital, and metonyms only to states', () => {
    const states = kb.actors.filter((a) => a.kind === 'state');
    expect(states.length).toBeGreaterThan(100);
    expect(states.filter((s) => !s.demonyms?.length || !s.capital?.trim()).map((s) => s.id)).toEqual([]);
    expect(kb.actors.filter((a) => a.kind !== 'state' && a.metonyms).map((a) => a.id)).toEqual([]);
  });

  it('has one-line descriptions of at most 200 characters', () => {
    const bad = kb.actors.filter(
      (a) => !a.description.trim() || /[\r\n]/.test(a.description) || a.description.length > 200,
    );
    expect(bad.map((a) => a.id)).toEqual([]);
  });

  it('dates every file and actor as YYYY-MM and names a source', () => {
    expect(DEFAULT_FILES.filter((f) => !YEAR_MONTH.test(f.asOf))).toEqual([]);
    expect(kb.actors.filter((a) => !YEAR_MONTH.test(a.asOf) || !a.source.trim()).map((a) => a.id)).toEqual(
      [],
    );
  });

  it('writes Arabic names in Arabic script', () => {
    const bad = kb.actors.filter(
      (a) => a.arabicName !== undefined && !/^[\u0600-\u06ff\s\d]+$/.test(a.arabicName),
    );
    expect(bad.map((a) => a.id)).toEqual([]);
  });

  it('does not repeat a surface form within one actor, nor leave one empty', () => {
    const bad: string[] = [];
    for (const actor of kb.actors) {
      const keys = surfaceForms(actor).map(normalizeSurface);
      if (keys.some((k) => k === '')) bad.push(`${actor.id}: empty form`);
      const nameKey = normalizeSurface(actor.name);
      for (const alias of actor.aliases) {
        if (normalizeSurface(alias) === nameKey) bad.push(`${actor.id}: alias "${alias}" repeats the name`);
      }
      keys.forEach((k, i) => {
        if (keys.indexOf(k) !== i) bad.push(`${actor.id}: "${k}" listed twice`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('has a disambiguation rule for every surface form claimed by two or more actors', () => {
    const ruled = new Set(DEFAULT_RULES.map((r) => normalizeSurface(r.alias)));
    const shared = [...claims()].filter(([, ids]) => ids.size > 1).map(([key]) => key);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.filter((key) => !ruled.has(key))).toEqual([]);
  });

  it('has only rules whose candidates exist, share the alias, and include the default', () => {
    const claimed = claims();
    const bad: string[] = [];
    const seen = new Set<string>();
    for (const rule of DEFAULT_RULES) {
      const key = normalizeSurface(rule.alias);
      if (seen.has(key)) bad.push(`${rule.alias}: duplicate rule`);
      seen.add(key);
      if (!rule.candidates.includes(rule.default)) bad.push(`${rule.alias}: default is not a candidate`);
      if (!rule.why.trim()) bad.push(`${rule.alias}: no reason given`);
      const owners = claimed.get(key) ?? new Set<string>();
      for (const id of rule.candidates) {
        if (!kb.byId(id)) bad.push(`${rule.alias}: unknown actor ${id}`);
        else if (!owners.has(id)) bad.push(`${rule.alias}: ${id} does not claim it`);
      }
      if ([...owners].some((id) => !rule.candidates.includes(id)))
        bad.push(`${rule.alias}: misses a claimant`);
      if (owners.size < 2) bad.push(`${rule.alias}: not ambiguous`);
    }
    expect(bad).toEqual([]);
  });

  it('never lists as "not an actor" a word the knowledge base names an actor by', () => {
    const named = notActors.words.filter((word) => kb.lookup(word).some((match) => match.form !== 'demonym'));
    expect(named).toEqual([]);
  });

  it('leaves the people used to test discovery of unknown names out', () => {
    expect(kb.byId('adam-boehler')).toBeUndefined();
    expect(kb.byId('edan-alexander')).toBeUndefined();
    for (const surface of ['Adam Boehler', 'Boehler', 'Edan Alexander'])
      expect(kb.lookup(surface)).toEqual([]);
  });
});

describe('lookup', () => {
  const first = (surface: string) => kb.lookup(surface)[0];

  it('knows the blocs of other regions by name and acronym', () => {
    expect(first('Association of Southeast Asian Nations')?.actorId).toBe('asean');
    expect(first('SCO')?.actorId).toBe('shanghai-cooperation-organisation');
    expect(first('Economic Community of West African States')?.actorId).toBe('ecowas');
    expect(first('Mercosul')?.actorId).toBe('mercosur');
  });

  it('finds transliteration and case variants of a name', () => {
    for (const surface of [
      'Abdel-Fattah El-Sisi',
      'El-Sisi',
      'El Sisi',
      'al sisi',
      'Al-Sisi',
      'SISI',
      'sisi',
    ]) {
      expect(first(surface)?.actorId, surface).toBe('abdel-fattah-el-sisi');
    }
  });

  it('reports which form matched', () => {
    expect(first('Abdel-Fattah El-Sisi')).toEqual({ actorId: 'abdel-fattah-el-sisi', form: 'name' });
    expect(first('Sisi')).toEqual({ actorId: 'abdel-fattah-el-sisi', form: 'alias' });
    expect(first('Washington')).toEqual({ actorId: 'united-states', form: 'metonym' });
    expect(first('the Kremlin')).toEqual({ actorId: 'russia', form: 'metonym' });
    expect(first('Israeli')).toEqual({ actorId: 'israel', form: 'demonym' });
    expect(first('Egyptians')).toEqual({ actorId: 'egypt', form: 'demonym' });
  });

  it('finds organisations by acronym and long form', () => {
    expect(first('Hamas')?.actorId).toBe('hamas');
    expect(first('Hamas movement')?.actorId).toBe('hamas');
    expect(first('UNRWA')?.actorId).toBe('unrwa');
    expect(first('IDF')?.actorId).toBe('israel-defense-forces');
    expect(first('Ansar Allah')?.actorId).toBe('houthis');
  });

  it('finds places', () => {
    expect(first('Gaza')).toEqual({ actorId: 'gaza-strip', form: 'alias' });
    expect(first('Khan Yunis')?.actorId).toBe('khan-younis');
    expect(kb.byId('rafah')?.kind).toBe('place');
  });

  it('puts the disambiguation default first and keeps the other candidates', () => {
    expect(kb.lookup('Assad').map((m) => m.actorId)).toEqual(['bashar-al-assad', 'hafez-al-assad']);
    expect(kb.lookup('Cairo').map((m) => m.actorId)).toEqual(['egypt', 'cairo']);
    expect(kb.lookup('Beirut').map((m) => m.actorId)).toEqual(['beirut', 'lebanon']);
  });

  it('returns nothing for unknown forms', () => {
    expect(kb.lookup('Atlantis')).toEqual([]);
    expect(kb.lookup('')).toEqual([]);
  });
});

describe('buildKnowledgeBase', () => {
  const actor = (id: string, name: string, aliases: string[]): ActorFile['actors'][number] => ({
    id,
    name,
    kind: 'person',
    aliases,
    description: 'Test actor.',
    asOf: '2025-01',
    source: 'test',
  });
  const files: ActorFile[] = [
    {
      asOf: '2025-01',
      actors: [actor('first-smith', 'Ann Smith', ['Smith']), actor('second-smith', 'Bo Smith', ['Smith'])],
    },
  ];

  it('orders shared forms by the rule default, not by file order', () => {
    const rule = {
      alias: 'Smith',
      candidates: ['first-smith', 'second-smith'],
      default: 'second-smith',
      why: 'test',
    };
    expect(
      buildKnowledgeBase(files, [rule])
        .lookup('smith')
        .map((m) => m.actorId),
    ).toEqual(['second-smith', 'first-smith']);
    expect(
      buildKnowledgeBase(files, [])
        .lookup('smith')
        .map((m) => m.actorId),
    ).toEqual(['first-smith', 'second-smith']);
  });

  it('prefers a name over an alias when no rule decides', () => {
    const named: ActorFile[] = [
      {
        asOf: '2025-01',
        actors: [actor('alias-holder', 'Someone', ['Jordan']), actor('jordan', 'Jordan', [])],
      },
    ];
    expect(buildKnowledgeBase(named, []).lookup('Jordan')[0]).toEqual({ actorId: 'jordan', form: 'name' });
  });

  it('rejects an unknown kind', () => {
    const bad: ActorFile[] = [{ asOf: '2025-01', actors: [{ ...actor('x', 'X', []), kind: 'planet' }] }];
    expect(() => buildKnowledgeBase(bad, [])).toThrow(/unknown kind/);
  });

  it('looks actors up by id and builds the shared instance once', () => {
    expect(kb.byId('egypt')?.capital).toBe('Cairo');
    expect(kb.byId('no-such-actor')).toBeUndefined();
    expect(getKnowledgeBase()).toBe(getKnowledgeBase());
  });
});
