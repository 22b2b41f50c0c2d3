package org.paperscope.ingest;

import java.nio.file.Path;

/** Hears how an ingest run advances; called on the ingest thread. */
public interface IngestProgress {

  /** Called once before reading, with the files to read and their total size. */
  void started(int files, long totalBytes);

  /** Called before each file. */
  void file(Path file, int index);

  /** Called after each record, accepted or rejected, with the number read so far. */
  void record(long recordsRead);

  /** Called once after the last file. */
  void finished();

  /** Progress that shows nothing. */
  IngestProgress NONE =
      new IngestProgress() {
        @Override
        public void started(int files, long totalBytes) {}

        @Override
        public void file(Path file, int index) {}

        @Override
        public void record(long recordsRead) {}

        @Override
        public void finished() {}
      };
}
