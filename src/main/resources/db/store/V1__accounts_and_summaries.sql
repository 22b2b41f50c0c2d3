-- PaperScope's user content. Plain SQL that SQLite and PostgreSQL both run: text ids made by the
-- application (no auto-increment), times in epoch milliseconds, booleans as 0/1.

CREATE TABLE users (
  id VARCHAR(32) PRIMARY KEY,
  name VARCHAR(64) NOT NULL,
  name_key VARCHAR(64) NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role VARCHAR(16) NOT NULL,
  language VARCHAR(35),
  created_millis BIGINT NOT NULL
);

CREATE TABLE sessions (
  token_hash VARCHAR(64) PRIMARY KEY,
  user_id VARCHAR(32) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf VARCHAR(64) NOT NULL,
  created_millis BIGINT NOT NULL,
  expires_millis BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  token_hash VARCHAR(64) PRIMARY KEY,
  user_id VARCHAR(32) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  label VARCHAR(128) NOT NULL,
  created_millis BIGINT NOT NULL
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE summaries (
  id VARCHAR(32) PRIMARY KEY,
  paper_id VARCHAR(512) NOT NULL,
  user_id VARCHAR(32) REFERENCES users (id) ON DELETE SET NULL,
  author_name VARCHAR(128) NOT NULL,
  language VARCHAR(35) NOT NULL,
  markdown TEXT NOT NULL,
  draft INTEGER NOT NULL,
  hidden INTEGER NOT NULL,
  version INTEGER NOT NULL,
  imported_votes INTEGER NOT NULL,
  created_millis BIGINT NOT NULL,
  updated_millis BIGINT NOT NULL
);
CREATE INDEX summaries_paper ON summaries (paper_id);
CREATE INDEX summaries_created ON summaries (created_millis);

CREATE TABLE revisions (
  summary_id VARCHAR(32) NOT NULL REFERENCES summaries (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  markdown TEXT NOT NULL,
  language VARCHAR(35) NOT NULL,
  editor_name VARCHAR(128) NOT NULL,
  created_millis BIGINT NOT NULL,
  PRIMARY KEY (summary_id, version)
);

CREATE TABLE votes (
  summary_id VARCHAR(32) NOT NULL REFERENCES summaries (id) ON DELETE CASCADE,
  user_id VARCHAR(32) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_millis BIGINT NOT NULL,
  PRIMARY KEY (summary_id, user_id)
);

CREATE TABLE reports (
  summary_id VARCHAR(32) NOT NULL REFERENCES summaries (id) ON DELETE CASCADE,
  user_id VARCHAR(32) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  created_millis BIGINT NOT NULL,
  PRIMARY KEY (summary_id, user_id)
);

-- Papers whose summaries changed since the search index last took them up.
CREATE TABLE index_queue (
  paper_id VARCHAR(512) PRIMARY KEY,
  changed_millis BIGINT NOT NULL
);
