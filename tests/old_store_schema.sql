-- The schema of a raadsassistent database made before the move to sqlite-utils' migrations
-- (commit 9178f25): migrations 001..003 recorded in _migrations.

CREATE TABLE "_migrations" (
   "name" TEXT PRIMARY KEY,
   "applied_at" TEXT
);
CREATE TABLE "documents" (
   "sha256" TEXT PRIMARY KEY,
   "file_name" TEXT,
   "path" TEXT,
   "title" TEXT,
   "doc_type" TEXT,
   "date" TEXT,
   "municipality" TEXT,
   "page_count" INTEGER,
   "word_count" INTEGER,
   "framework_share" REAL,
   "warnings" TEXT,
   "ingested_at" TEXT
);
CREATE INDEX "idx_documents_path"
    ON "documents" ("path");
CREATE TABLE "pages" (
   "document_sha256" TEXT REFERENCES "documents"("sha256"),
   "number" INTEGER,
   "status" TEXT,
   PRIMARY KEY ("document_sha256", "number")
);
CREATE TABLE "sections" (
   "document_sha256" TEXT REFERENCES "documents"("sha256"),
   "section_id" TEXT,
   "heading" TEXT,
   "number" TEXT,
   "level" INTEGER,
   "page" INTEGER,
   "parent_id" TEXT,
   PRIMARY KEY ("document_sha256", "section_id")
);
CREATE TABLE "passages" (
   "id" INTEGER PRIMARY KEY,
   "document_sha256" TEXT REFERENCES "documents"("sha256"),
   "passage_id" TEXT,
   "section_id" TEXT,
   "heading" TEXT,
   "text" TEXT,
   "page" INTEGER,
   "page_end" INTEGER,
   "bbox" TEXT,
   "kind" TEXT,
   "label" TEXT,
   "framework_probability" REAL
);
CREATE INDEX "idx_passages_document_sha256"
    ON "passages" ("document_sha256");
CREATE VIRTUAL TABLE "passages_fts" USING FTS5 (
    "text", "heading",
    tokenize='unicode61 remove_diacritics 2',
    content="passages"
);
CREATE TRIGGER "passages_ai" AFTER INSERT ON "passages" BEGIN
  INSERT INTO "passages_fts" (rowid, "text", "heading") VALUES (new.rowid, new."text", new."heading");
END;
CREATE TRIGGER "passages_ad" AFTER DELETE ON "passages" BEGIN
  INSERT INTO "passages_fts" ("passages_fts", rowid, "text", "heading") VALUES('delete', old.rowid, old."text", old."heading");
END;
CREATE TRIGGER "passages_au" AFTER UPDATE ON "passages" BEGIN
  INSERT INTO "passages_fts" ("passages_fts", rowid, "text", "heading") VALUES('delete', old.rowid, old."text", old."heading");
  INSERT INTO "passages_fts" (rowid, "text", "heading") VALUES (new.rowid, new."text", new."heading");
END;
CREATE TABLE "document_tables" (
   "document_sha256" TEXT REFERENCES "documents"("sha256"),
   "table_index" INTEGER,
   "page" INTEGER,
   "bbox" TEXT,
   "rows" TEXT,
   PRIMARY KEY ("document_sha256", "table_index")
);
CREATE TABLE "failed_files" (
   "path" TEXT PRIMARY KEY,
   "file_name" TEXT,
   "sha256" TEXT,
   "code" TEXT,
   "message" TEXT,
   "at" TEXT
);
CREATE TABLE "briefings" (
   "document_sha256" TEXT PRIMARY KEY REFERENCES "documents"("sha256"),
   "briefing_json" TEXT,
   "markdown" TEXT,
   "html" TEXT,
   "reading_minutes_source" INTEGER,
   "reading_minutes_briefing" INTEGER,
   "created_at" TEXT
);
CREATE TABLE "meetings" (
   "id" TEXT PRIMARY KEY,
   "body" TEXT,
   "date" TEXT,
   "municipality" TEXT,
   "time" TEXT,
   "place" TEXT,
   "source" TEXT,
   "output_dir" TEXT,
   "updated_at" TEXT
);
CREATE TABLE "agenda_items" (
   "meeting_id" TEXT REFERENCES "meetings"("id"),
   "position" INTEGER,
   "number" TEXT,
   "title" TEXT,
   "kind" TEXT,
   "text" TEXT,
   "page" INTEGER,
   PRIMARY KEY ("meeting_id", "position")
);
CREATE TABLE "meeting_documents" (
   "meeting_id" TEXT REFERENCES "meetings"("id"),
   "document_sha256" TEXT REFERENCES "documents"("sha256"),
   "item_position" INTEGER,
   "matched_by" TEXT,
   "score" REAL,
   PRIMARY KEY ("meeting_id", "document_sha256")
);
CREATE TABLE "batch_runs" (
   "id" INTEGER PRIMARY KEY,
   "source" TEXT,
   "started_at" TEXT,
   "finished_at" TEXT,
   "processed" INTEGER,
   "skipped" INTEGER,
   "failed" INTEGER,
   "status" TEXT
);
INSERT INTO _migrations (name, applied_at) VALUES ('001_initial', '2026-01-01T00:00:00+00:00');
INSERT INTO _migrations (name, applied_at) VALUES ('002_briefings', '2026-01-01T00:00:00+00:00');
INSERT INTO _migrations (name, applied_at) VALUES ('003_meetings', '2026-01-01T00:00:00+00:00');
