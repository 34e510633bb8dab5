// Gazetteers: countries, states, cities, regions, demonyms, first names, organisation words, titles.
// The large lists come from models/ner-gazetteer.json (built from npm packages by
// scripts/ner/build-gazetteer.ts); the small ones from lists.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeToken } from './normalize.js';
import { NerModelError } from './types.js';
import { COUNTRY_ALIASES, DEMONYM_EXTRA, ORGANISATIONS, ORG_WORDS, PLACE_WORDS, REGIONS, STATES, TITLES } from './lists.js';

export const GAZ_COUNTRY = 1;
export const GAZ_STATE = 2;
export const GAZ_CITY_BIG = 4;
export const GAZ_CITY = 8;
export const GAZ_REGION = 16;
export const GAZ_DEMONYM = 32;
export const GAZ_FIRST = 64;
export const GAZ_ORGWORD = 128;
export const GAZ_TITLE = 256;
export const GAZ_ORG = 512;
/** US towns of 1,000 to 15,000 inhabitants (not a place for placeType: too many are also names) */
export const GAZ_TOWN = 1024;
/** head words of place names ("Parish", "Beach", "County"), with the placeWords option */
export const GAZ_PLACEWORD = 2048;
export const GAZ_CATEGORIES = 12;
/** Longest phrase (in tokens) looked up. */
export const GAZ_MAX_LEN = 4;

interface GazetteerFile {
  countries: Record<string, string>;
  demonyms: Record<string, string>;
  cities: Record<string, number>;
  towns?: string[];
  firstNames: string[];
}

export interface Gazetteer {
  /** lowercased phrase (tokens joined by one space) -> bit set of GAZ_* categories */
  phrases: Map<string, number>;
  /** lowercased country name or alias -> canonical country name */
  countries: Map<string, string>;
  /** demonym exactly as written (and lowercased) -> country */
  demonyms: Map<string, string>;
  /** word classes (models/ner-clusters.tsv, next to the gazetteer): lowercase word -> fine * 256 + coarse */
  clusters?: Map<string, number>;
  /** the optional features this gazetteer's tagger uses (from the model header) */
  options: FeatureOptions;
}

/** Which word-class features a token gets: none; capitalised tokens; capitalised tokens in the vocabulary; coarse only; all tokens. */
export type ClusterMode = 'off' | 'cap' | 'capknown' | 'coarse' | 'all';

/**
 * Optional tagger features (docs/ner.md, "Word classes and towns"): a model is trained with a set of
 * them and records it in its header (`info.features`); a model without the field uses none.
 */
export interface FeatureOptions {
  /** word classes from models/ner-clusters.tsv */
  clusters: ClusterMode;
  /** US towns (GAZ_TOWN) and the "Bethany , Conn." state-context features */
  towns: boolean;
  /** place head words (GAZ_PLACEWORD: "Parish", "Beach", "County") */
  placeWords: boolean;
}

export const NO_FEATURE_OPTIONS: FeatureOptions = { clusters: 'off', towns: false, placeWords: false };

/** The options recorded in a model header's info (absent or malformed: none). */
export function featureOptionsOf(info: Record<string, unknown> | undefined): FeatureOptions {
  const f = info?.features as Partial<FeatureOptions> | undefined;
  const modes: ClusterMode[] = ['off', 'cap', 'capknown', 'coarse', 'all'];
  return {
    clusters: f && modes.includes(f.clusters as ClusterMode) ? (f.clusters as ClusterMode) : 'off',
    towns: f?.towns === true,
    placeWords: f?.placeWords === true,
  };
}

/** Reads a word-class file (word TAB fine TAB coarse per line; "#" starts a comment line). */
export function readClusters(path: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, fine, coarse] = line.split('\t');
    out.set(w, Number(fine) * 256 + Number(coarse));
  }
  return out;
}

export const DEFAULT_GAZETTEER_PATH = fileURLToPath(new URL('../../models/ner-gazetteer.json', import.meta.url));

const cached = new Map<string, Gazetteer>();

/** The gazetteer for a set of feature options (the default file is read once per set of options). */
export function loadGazetteer(path: string = DEFAULT_GAZETTEER_PATH, options: FeatureOptions = NO_FEATURE_OPTIONS): Gazetteer {
  const cacheKey = `${options.clusters}|${options.towns}|${options.placeWords}`;
  const hit = path === DEFAULT_GAZETTEER_PATH ? cached.get(cacheKey) : undefined;
  if (hit) return hit;
  const file = JSON.parse(readFileSync(path, 'utf8')) as GazetteerFile;
  const phrases = new Map<string, number>();
  const add = (name: string, bit: number): void => {
    const key = phraseKey(name);
    if (key) phrases.set(key, (phrases.get(key) ?? 0) | bit);
  };
  const countries = new Map<string, string>();
  for (const [k, v] of Object.entries(file.countries)) countries.set(k.toLowerCase(), v);
  for (const [k, v] of Object.entries(COUNTRY_ALIASES)) countries.set(k.toLowerCase(), v);
  for (const k of countries.keys()) add(k, GAZ_COUNTRY);
  for (const s of STATES) add(s, GAZ_STATE);
  for (const [name, tier] of Object.entries(file.cities)) add(name, tier === 1 ? GAZ_CITY_BIG : GAZ_CITY);
  if (options.towns) for (const t of file.towns ?? []) add(t, GAZ_TOWN);
  if (options.placeWords) for (const w of PLACE_WORDS) add(w, GAZ_PLACEWORD);
  for (const r of REGIONS) add(r, GAZ_REGION);
  const demonyms = new Map<string, string>();
  for (const [k, v] of Object.entries(file.demonyms)) demonyms.set(k, v);
  for (const [k, v] of Object.entries(DEMONYM_EXTRA)) demonyms.set(k, v);
  for (const k of demonyms.keys()) add(k, GAZ_DEMONYM);
  for (const n of file.firstNames) add(n, GAZ_FIRST);
  for (const w of ORG_WORDS) add(w, GAZ_ORGWORD);
  for (const w of TITLES) add(w, GAZ_TITLE);
  for (const o of ORGANISATIONS) add(o, GAZ_ORG);
  let clusters: Map<string, number> | undefined;
  if (options.clusters !== 'off') {
    const clusterPath = join(dirname(path), 'ner-clusters.tsv');
    if (!existsSync(clusterPath)) throw new NerModelError(`${clusterPath} is missing (the model uses word classes); run npx tsx scripts/ner/build-clusters.ts`);
    clusters = readClusters(clusterPath);
  }
  const gaz: Gazetteer = { phrases, countries, demonyms, clusters, options };
  if (path === DEFAULT_GAZETTEER_PATH) cached.set(cacheKey, gaz);
  return gaz;
}

/** Lowercased, normalised, single-spaced key; "" for nothing. */
export function phraseKey(name: string): string {
  return normalizeToken(name).trim().replace(/\s+/g, ' ').toLowerCase();
}

function cleanName(name: string): string {
  return normalizeToken(name).trim().replace(/\s+/g, ' ').replace(/^the\s+/i, '').replace(/'s$/, '');
}

/** GPE for countries, states and cities; LOC for regions, seas and continents; undefined otherwise. */
export function placeType(name: string): 'GPE' | 'LOC' | undefined {
  const gaz = loadGazetteer();
  const key = phraseKey(cleanName(name));
  if (!key) return undefined;
  // "The Hague", "The Bronx": the article is part of some names
  const bits = gaz.phrases.get(key) ?? (/^the\s/i.test(name.trim()) ? gaz.phrases.get(phraseKey(name)) : undefined) ?? 0;
  if (bits & GAZ_REGION) return 'LOC';
  if (bits & (GAZ_COUNTRY | GAZ_STATE | GAZ_CITY_BIG | GAZ_CITY)) return 'GPE';
  return undefined;
}

/** True for nationality words: "Russian", "Afghans", "Americans". */
export function isDemonym(word: string): boolean {
  return demonymCountry(word) !== undefined;
}

/** The country of a demonym: "Russian" -> "Russia"; undefined when the word is not one. */
export function demonymCountry(word: string): string | undefined {
  const gaz = loadGazetteer();
  const w = normalizeToken(word).trim();
  if (!w) return undefined;
  const direct = gaz.demonyms.get(w);
  if (direct) return direct;
  // ALL-CAPS or lowercase variants: "RUSSIAN", "russian"
  const title = w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  return gaz.demonyms.get(title);
}
