// Writes lib/analysis/knowledge/region-names.json: the names of the world's first-level regions
// (states, provinces, governorates, counties of the UK…), from ISO 3166-2 as the country-region-data
// package carries it (MIT; a devDependency, no network). Run after changing the filter:
// `npx tsx scripts/make-region-names.ts`. The JSON is committed.
//
// The list tells a region from a person or an organisation when the tagger reads one as the other
// ("Guangdong", "Queensland branches"), as city-names.json does for cities.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface Country {
  countryName: string;
  regions: { name: string }[];
}

const OUTPUT = fileURLToPath(new URL('../lib/analysis/knowledge/region-names.json', import.meta.url));
/** A name as news writes it: capitalised words, no codes, digits or commas. */
const NAME = /^\p{Lu}[\p{L}' .-]+$/u;
/**
 * Region names that are also everyday words or compass points ("Central", "Eastern", "Store"), too
 * short to be told from an acronym ("Ig"), or that name the country itself more often than the
 * region ("Gaza" is kept: the knowledge base already knows it, and its kind wins there).
 */
const TOO_COMMON = new Set([
  'Capital',
  'Central',
  'Centre',
  'Coast',
  'Eastern',
  'Northern',
  'Southern',
  'Western',
  'Store',
]);
const MIN_LENGTH = 4;

/** "Põlvamaa (Polva)" names the region twice; "Hamgyong-namdo (South Hamgyong Province)" too. */
function spellings(name: string): string[] {
  const bracket = /^(.*?)\s*\((.*)\)$/.exec(name);
  const forms = bracket ? [bracket[1] as string, bracket[2] as string] : [name];
  // English news mostly drops the accents: "Paraná" is written "Parana".
  return forms.flatMap((form) => [form, form.normalize('NFD').replace(/\p{Mn}/gu, '')]);
}

const countries = createRequire(import.meta.url)('country-region-data/data.json') as Country[];
const names = new Set<string>();
for (const country of countries) {
  for (const region of country.regions) {
    for (const spelling of spellings(region.name)) {
      if (!NAME.test(spelling) || spelling.length < MIN_LENGTH || TOO_COMMON.has(spelling)) continue;
      names.add(spelling);
    }
  }
}
const file = {
  about:
    "Names of the world's first-level regions (ISO 3166-2), to tell a region from a person or an organisation when the tagger reads one as the other. Not actors of the knowledge base: no descriptions.",
  source: 'ISO 3166-2 subdivisions as the country-region-data npm package 4.1.0 carries them (MIT)',
  names: [...names].sort(),
};
writeFileSync(OUTPUT, `${JSON.stringify(file, null, 2)}\n`);
console.log(`${file.names.length} names written to ${OUTPUT}`);
