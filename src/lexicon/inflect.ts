/** English verb inflection, enough to expand a lemma lexicon into surface forms. */
const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  find: ['finds', 'found', 'finding'],
  hold: ['holds', 'held', 'holding'],
  give: ['gives', 'gave', 'given', 'giving'],
  make: ['makes', 'made', 'making'],
  put: ['puts', 'putting'],
  read: ['reads', 'reading'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  think: ['thinks', 'thought', 'thinking'],
  forecast: ['forecasts', 'forecasting'],
  broadcast: ['broadcasts', 'broadcasting'],
  show: ['shows', 'showed', 'shown', 'showing'],
  know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'feeling'],
  understand: ['understands', 'understood', 'understanding'],
  seek: ['seeks', 'sought', 'seeking'],
  mean: ['means', 'meant', 'meaning'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
};

const VOWEL = /[aeiou]/;

/** All surface forms of a verb lemma: lemma, -s, -ed, -ing (with English spelling rules). */
export function inflect(lemma: string): string[] {
  const forms = new Set<string>([lemma]);
  if (IRREGULAR[lemma]) {
    IRREGULAR[lemma].forEach((f) => forms.add(f));
    return [...forms];
  }
  const last = lemma[lemma.length - 1];
  const prev = lemma[lemma.length - 2] ?? '';
  // third person
  if (/(s|x|z|ch|sh)$/.test(lemma)) forms.add(lemma + 'es');
  else if (last === 'y' && !VOWEL.test(prev)) forms.add(lemma.slice(0, -1) + 'ies');
  else forms.add(lemma + 's');
  // past and gerund
  if (last === 'e') {
    forms.add(lemma + 'd');
    forms.add(lemma.slice(0, -1) + 'ing');
  } else if (last === 'y' && !VOWEL.test(prev)) {
    forms.add(lemma.slice(0, -1) + 'ied');
    forms.add(lemma + 'ing');
  } else {
    // consonant-vowel-consonant endings double when stressed (admit -> admitted) and not otherwise
    // (visit -> visited); both spellings are generated, a non-word form is harmless in a lexicon
    const cvc = !VOWEL.test(last) && VOWEL.test(prev) && !VOWEL.test(lemma[lemma.length - 3] ?? 'a') && !/[wxy]/.test(last);
    forms.add(lemma + 'ed');
    forms.add(lemma + 'ing');
    if (cvc) {
      forms.add(lemma + last + 'ed');
      forms.add(lemma + last + 'ing');
    }
  }
  return [...forms];
}
