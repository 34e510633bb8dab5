-- newsgraph store. Offsets are UTF-16 code units into articles.text, end exclusive.
-- Every fact row names the article it came from and the pipeline stage that made it.
CREATE TABLE IF NOT EXISTS articles (
  id           INTEGER PRIMARY KEY,
  ext_id       TEXT NOT NULL UNIQUE,          -- the article's id as given (or a hash of its text)
  title        TEXT,
  url          TEXT,
  source       TEXT,
  published_at TEXT,                          -- ISO 8601 as given
  author       TEXT,                          -- by-line, when the input gives one (added in schema version 4)
  text         TEXT NOT NULL,
  hash         TEXT NOT NULL,                 -- sha256 of title + text: re-ingesting the same article is a no-op
  file         TEXT,                          -- where it was read from
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE INDEX IF NOT EXISTS articles_date ON articles(published_at);

CREATE TABLE IF NOT EXISTS sentences (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- Entities are merged across articles by canonical name and alias (GROUP entities stay per article).
CREATE TABLE IF NOT EXISTS entities (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,                        -- the fullest form seen
  type  TEXT NOT NULL,                        -- PERSON ORG GPE LOC NORP GROUP
  key   TEXT NOT NULL,                        -- normalised name; for GROUP prefixed by the article id
  stage TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);

CREATE TABLE IF NOT EXISTS aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  key       TEXT NOT NULL,
  PRIMARY KEY (entity_id, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_key ON aliases(key);

CREATE TABLE IF NOT EXISTS mentions (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id  INTEGER NOT NULL REFERENCES entities(id),
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  kind       TEXT NOT NULL,                   -- name pronoun group
  sentence   INTEGER NOT NULL,
  stage      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id, sentence);

CREATE TABLE IF NOT EXISTS relations (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  subject_id  INTEGER NOT NULL REFERENCES entities(id),
  object_id   INTEGER NOT NULL REFERENCES entities(id),
  type        TEXT NOT NULL,                  -- works_for based_in located_in lives_in killed related
  predicate   TEXT NOT NULL,
  ev_start    INTEGER NOT NULL,
  ev_end      INTEGER NOT NULL,
  confidence  REAL NOT NULL,
  stage       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS relations_subject ON relations(subject_id);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object_id);
CREATE INDEX IF NOT EXISTS relations_article ON relations(article_id);

CREATE TABLE IF NOT EXISTS statements (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker_id    INTEGER NOT NULL REFERENCES entities(id),
  source_start  INTEGER NOT NULL,
  source_end    INTEGER NOT NULL,
  cue           TEXT NOT NULL,
  cue_start     INTEGER NOT NULL,
  cue_end       INTEGER NOT NULL,
  kind          TEXT NOT NULL,                -- direct mixed indirect
  content_start INTEGER NOT NULL,
  content_end   INTEGER NOT NULL,
  ev_start      INTEGER NOT NULL,
  ev_end        INTEGER NOT NULL,
  confidence    REAL NOT NULL,
  stage         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker_id);
CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id);

CREATE TABLE IF NOT EXISTS statement_about (
  statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  entity_id    INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (statement_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS statement_about_entity ON statement_about(entity_id);
