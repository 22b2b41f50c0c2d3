package org.paperscope.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataDirTest {
  private final DataDir data = DataDir.of(Path.of("/srv/ps"));

  @Test
  void everyPartLivesUnderTheRootByItsDocumentedName() {
    assertThat(data.index()).isEqualTo(Path.of("/srv/ps/index"));
    assertThat(data.text()).isEqualTo(Path.of("/srv/ps/text"));
    assertThat(data.cache()).isEqualTo(Path.of("/srv/ps/cache"));
    assertThat(data.pdfs()).isEqualTo(Path.of("/srv/ps/pdfs"));
    assertThat(data.database()).isEqualTo(Path.of("/srv/ps/paperscope.db"));
    assertThat(data.demoFingerprint()).isEqualTo(Path.of("/srv/ps/demo-sources.sha256"));
  }

  @Test
  void aBackupCopiesWhatCannotBeRecomputedAndSkipsTheCache() {
    assertThat(data.backupSet())
        .containsExactly(data.index(), data.text(), data.pdfs(), data.database())
        .doesNotContain(data.cache());
  }
}
