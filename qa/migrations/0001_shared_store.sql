-- Documents, feedback and the embedding cache shared by every replica (QA_DATABASE_URL).
CREATE TABLE documents (
    id          text PRIMARY KEY,
    name        text NOT NULL,                 -- the original file name
    media_type  text NOT NULL,                 -- its suffix: txt, md, pdf, docx, odt, html
    content     bytea NOT NULL,                -- the original bytes; every replica parses them the same way
    sha256      text NOT NULL,
    size        integer NOT NULL,
    version     bigint NOT NULL,               -- the corpus version that last wrote it
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One row: the corpus version, bumped by every change in the transaction that makes it.
CREATE TABLE corpus (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version     bigint NOT NULL
);
INSERT INTO corpus (version) VALUES (0);

CREATE TABLE embeddings (
    embedder    text NOT NULL,
    key         text NOT NULL,                 -- content key of the embedded text (qa.index_store.content_key)
    vector      bytea NOT NULL,                -- float32, little-endian
    PRIMARY KEY (embedder, key)
);

CREATE TABLE feedback (
    id          bigserial PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now(),
    question    text NOT NULL,
    answer      text,
    helpful     boolean NOT NULL,
    comment     text
);
