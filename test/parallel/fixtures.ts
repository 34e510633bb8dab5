import Database from 'better-sqlite3';

/** Small hand-written articles: repeated names across articles, a repeated id, a changed article, a bad line. */
export const ARTICLES = [
  { id: 'a1', title: 'Talks in Geneva', text: 'John Smith, a spokesman for the United Nations, said on Monday that the talks would resume. "We are hopeful," Smith told reporters in Geneva.' },
  { id: 'a2', text: 'Marco Rubio’s campaign said Rubio would visit Iowa. The senator from Florida told supporters that "the race is wide open."' },
  { id: 'a3', text: 'Angela Merkel met Emmanuel Macron in Berlin. Merkel said Germany and France would work together, according to a government spokesman.' },
  { id: 'a1', title: 'Talks in Geneva', text: 'John Smith, a spokesman for the United Nations, said on Monday that the talks would resume. "We are hopeful," Smith told reporters in Geneva.' },
  { id: 'a4', text: 'Officials in Kabul warned that the Taliban had seized two districts. "The situation is serious," said Ahmad Wali, a provincial governor.' },
  { id: 'a2', text: 'Rubio’s aides said the Florida senator would skip the debate. Marco Rubio told Fox News that he was "not worried."' },
  { id: 'a5', text: 'The European Commission said on Thursday it disagreed with German advice. Peter Blackburn reported from Brussels.' },
];

/** The articles as .jsonl, with one malformed line in the middle. */
export function jsonl(): string {
  const lines = ARTICLES.map((a) => JSON.stringify(a));
  lines.splice(3, 0, '{"id": "bad", "text": ');
  return lines.join('\n') + '\n';
}

/** Every row of every table, in key order, without the ingestion time stamp. */
export function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    for (const t of tables) {
      const rows = db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[];
      out[t] = rows.map(({ ingested_at: _, ...r }) => r).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    }
    return out;
  } finally {
    db.close();
  }
}
