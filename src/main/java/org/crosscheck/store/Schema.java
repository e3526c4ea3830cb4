package org.crosscheck.store;

import java.util.List;

/**
 * The project file's schema as a list of migration steps. Step {@code n} takes a file from
 * version {@code n - 1} to {@code n}; {@code PRAGMA user_version} holds the version reached.
 * A new schema change is a new step appended here, never an edit of an old one.
 *
 * <p>Layout: {@code documents} holds what the fact table lists (small rows, read by every
 * snapshot); {@code document_content} holds the text and the NLP blob, read only when a document
 * is re-used or shown. Mentions are one blob per document ({@link MentionBlob} says why). Derived output ({@code entities}, {@code mentions}, {@code claims},
 * {@code facts}, {@code fact_claims}, {@code copies}, {@code claim_sources}) is replaced by every
 * analysis; {@code text_vectors} is a cache of sentence vectors that each analysis adds to and trims to its texts; {@code reviews}, {@code entity_decisions}, {@code title_edits} and {@code settings} belong to the researcher
 * and are never replaced.
 */
final class Schema {
    /** Marks a SQLite file as a Crosscheck project ("CCK1"), so other databases are refused. */
    static final int APPLICATION_ID = 0x43434B31;

    static final List<List<String>> MIGRATIONS = List.of(
            // 1: the first schema
            List.of("""
                    CREATE TABLE documents (
                      name           TEXT PRIMARY KEY,
                      content_hash   TEXT NOT NULL,
                      title          TEXT,
                      outlet         TEXT,
                      published      TEXT,
                      published_from TEXT NOT NULL,
                      tokens         INTEGER NOT NULL,
                      position       INTEGER NOT NULL)""",
                    """
                    CREATE TABLE document_content (
                      name          TEXT PRIMARY KEY REFERENCES documents(name) ON DELETE CASCADE,
                      original_text TEXT NOT NULL,
                      nlp           BLOB NOT NULL)""",
                    """
                    CREATE TABLE entities (
                      id      TEXT PRIMARY KEY,
                      name    TEXT NOT NULL,
                      type    TEXT NOT NULL,
                      aliases TEXT NOT NULL)""",
                    """
                    CREATE TABLE mentions (
                      document TEXT PRIMARY KEY,
                      count    INTEGER NOT NULL,
                      data     BLOB NOT NULL)""",
                    """
                    CREATE TABLE claims (
                      id             TEXT PRIMARY KEY,
                      document       TEXT NOT NULL,
                      sentence_index INTEGER NOT NULL,
                      sentence       TEXT NOT NULL,
                      sentence_start INTEGER NOT NULL,
                      sentence_end   INTEGER NOT NULL,
                      start          INTEGER NOT NULL,
                      end            INTEGER NOT NULL,
                      kind           TEXT NOT NULL,
                      subject        TEXT,
                      predicate      TEXT,
                      value_text     TEXT,
                      normalized     TEXT,
                      unit           TEXT,
                      speaker        TEXT,
                      entity_ids     TEXT NOT NULL,
                      role           TEXT,
                      value_kind     TEXT,
                      q_stated       REAL,
                      q_low          REAL,
                      q_high         REAL,
                      q_hedge        TEXT,
                      q_unit         TEXT,
                      d_first        TEXT,
                      d_last         TEXT,
                      d_granularity  TEXT,
                      d_timex        TEXT,
                      statement      TEXT)""",
                    "CREATE INDEX claims_by_document ON claims(document)",
                    """
                    CREATE TABLE facts (
                      id                  TEXT PRIMARY KEY,
                      kind                TEXT NOT NULL,
                      label               TEXT,
                      status              TEXT NOT NULL,
                      disagreement        TEXT NOT NULL,
                      independent_sources INTEGER NOT NULL)""",
                    """
                    CREATE TABLE fact_claims (
                      fact_id  TEXT NOT NULL,
                      position INTEGER NOT NULL,
                      claim_id TEXT NOT NULL,
                      PRIMARY KEY (fact_id, position))""",
                    "CREATE INDEX fact_claims_by_claim ON fact_claims(claim_id)",
                    """
                    CREATE TABLE copies (
                      document TEXT PRIMARY KEY,
                      copy_of  TEXT NOT NULL)""",
                    """
                    CREATE TABLE reviews (
                      claim_id      TEXT PRIMARY KEY,
                      state         TEXT NOT NULL,
                      edited_value  TEXT,
                      note          TEXT,
                      fact_override TEXT,
                      updated_at    TEXT NOT NULL)""",
                    """
                    CREATE TABLE settings (
                      key   TEXT PRIMARY KEY,
                      value TEXT NOT NULL)"""),
            // 2: the researcher's entity merges and splits, applied in rowid order after linking
            List.of("""
                    CREATE TABLE entity_decisions (
                      id       TEXT PRIMARY KEY,
                      kind     TEXT NOT NULL,
                      entity   TEXT NOT NULL,
                      other    TEXT NOT NULL,
                      made_at  TEXT NOT NULL)"""),
            // 3: what each document's stored claims were extracted from, so a rebuild extracts
            // again only the documents whose text, date or entity ids changed
            List.of("""
                    CREATE TABLE claim_sources (
                      document TEXT PRIMARY KEY,
                      source   TEXT NOT NULL)"""),
            // 4: sentence vectors by model and text hash, so a text is encoded once per project
            // (a rowid table: a 1.5 kB vector is too large a row for WITHOUT ROWID)
            List.of("""
                    CREATE TABLE text_vectors (
                      model     TEXT NOT NULL,
                      text_hash TEXT NOT NULL,
                      vector    BLOB NOT NULL,
                      PRIMARY KEY (model, text_hash))"""),
            // 5: a claim's time of day ("at around 4.30am", "1353 (1023 GMT)"): minutes since midnight,
            // hedge and zone, and the same moment in another zone when the text gives it in brackets
            List.of("ALTER TABLE claims ADD COLUMN t_minutes INTEGER",
                    "ALTER TABLE claims ADD COLUMN t_hedge TEXT",
                    "ALTER TABLE claims ADD COLUMN t_zone TEXT",
                    "ALTER TABLE claims ADD COLUMN t_zone_name TEXT",
                    "ALTER TABLE claims ADD COLUMN t_equivalent_minutes INTEGER",
                    "ALTER TABLE claims ADD COLUMN t_equivalent_zone TEXT",
                    "ALTER TABLE claims ADD COLUMN t_equivalent_zone_name TEXT"),
            // 6: titles the researcher typed, by document; they outlive every analysis of the article
            List.of("""
                    CREATE TABLE title_edits (
                      document TEXT PRIMARY KEY,
                      title    TEXT NOT NULL,
                      made_at  TEXT NOT NULL)"""));

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    private Schema() {
    }
}
