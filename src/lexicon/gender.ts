// Grammatical gender cues for pronoun resolution: honorifics, gendered role nouns and a
// first-name list (models/first-names.json, built by scripts/coref/build-first-names.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Gender = 'm' | 'f';

export const FIRST_NAMES_PATH = fileURLToPath(new URL('../../models/first-names.json', import.meta.url));

/** Words before a name that give its gender: "Mr Straw", "Queen Elizabeth", "Sen. ... " does not. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ...['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'emir', 'sheikh', 'ayatollah', 'father', 'brother', 'pope', 'monsieur', 'herr', 'senor', 'señor', 'don', 'mister', 'duke', 'baron', 'earl', 'sultan', 'tsar', 'czar', 'archduke', 'grand-duke', 'cardinal', 'rabbi', 'imam', 'mullah'].map((w) => [w, 'm'] as const),
  ...['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'sister', 'madame', 'mme', 'mme.', 'frau', 'senora', 'señora', 'duchess', 'baroness', 'countess', 'empress', 'tsarina', 'mother'].map((w) => [w, 'f'] as const),
]);

/** Role nouns that give the gender of the person they describe ("spokeswoman", "chairman"). */
export const GENDERED_ROLES: ReadonlyMap<string, Gender> = new Map([
  ...['spokesman', 'chairman', 'congressman', 'businessman', 'king', 'prince', 'husband', 'father', 'son', 'brother', 'uncle', 'nephew', 'grandfather', 'boyfriend', 'widower', 'actor', 'waiter', 'steward', 'policeman', 'councilman', 'assemblyman', 'alderman', 'anchorman', 'sportsman', 'statesman', 'frontman', 'man', 'boy', 'gentleman', 'emperor', 'duke', 'monk', 'priest', 'sultan', 'emir'].map((w) => [w, 'm'] as const),
  ...['spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'queen', 'princess', 'wife', 'mother', 'daughter', 'sister', 'aunt', 'niece', 'grandmother', 'girlfriend', 'widow', 'actress', 'waitress', 'stewardess', 'policewoman', 'councilwoman', 'assemblywoman', 'anchorwoman', 'sportswoman', 'stateswoman', 'woman', 'girl', 'lady', 'empress', 'duchess', 'nun', 'first lady', 'heiress', 'hostess'].map((w) => [w, 'f'] as const),
]);

/** Pronouns and the gender they exclude: he/him/his are not female, she/her not male. */
export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };

let names: Map<string, Gender> | undefined;

function load(): Map<string, Gender> {
  const m = new Map<string, Gender>();
  const raw = JSON.parse(readFileSync(FIRST_NAMES_PATH, 'utf8')) as { male: string; female: string };
  for (const n of raw.male.split(' ')) m.set(n, 'm');
  for (const n of raw.female.split(' ')) m.set(n, 'f');
  return m;
}

/** The usual gender of a first name ("Margaret" -> f), or undefined when unknown or shared. */
export function firstNameGender(name: string): Gender | undefined {
  names ??= load();
  return names.get(name.toLowerCase());
}
