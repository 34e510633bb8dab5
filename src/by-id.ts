/**
 * Stores `value` at `id` in a memo indexed by token id (wink-nlp's lexeme index), growing the array
 * when `id` lies past its end (to twice its length, at least 65,536 slots, empty slots undefined).
 * Returns the array to keep: the same one, or its grown copy.
 */
export function setById<T>(memo: Array<T | undefined>, id: number, value: T): Array<T | undefined> {
  if (id >= memo.length) {
    const grown = new Array<T | undefined>(Math.max(id + 1, 2 * memo.length, 1 << 16)).fill(undefined);
    for (let i = 0; i < memo.length; i++) grown[i] = memo[i];
    memo = grown;
  }
  memo[id] = value;
  return memo;
}
