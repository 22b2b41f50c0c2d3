package org.paperscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
  private final Path defaultFile = Path.of("/data/paperscope.db");

  @Test
  void nothingMeansTheDataDirectorysSqliteFile() {
    StoreLocation location = StoreLocation.parse(null, defaultFile);
    assertThat(location.kind()).isEqualTo(StoreKind.SQLITE);
    assertThat(location.jdbcUrl()).isEqualTo("jdbc:sqlite:/data/paperscope.db");
    assertThat(StoreLocation.parse("  ", defaultFile)).isEqualTo(location);
  }

  @Test
  void postgresqlUrlsBecomeJdbcUrlsWithCredentialsApart() {
    StoreLocation location =
        StoreLocation.parse(
            "postgresql://ann:p%40ss@db.example:5433/papers?sslmode=require", defaultFile);
    assertThat(location.kind()).isEqualTo(StoreKind.POSTGRESQL);
    assertThat(location.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example:5433/papers?sslmode=require");
    assertThat(location.user()).isEqualTo("ann");
    assertThat(location.password()).isEqualTo("p@ss");
    assertThat(location.shown())
        .isEqualTo("postgresql://ann@db.example:5433/papers")
        .doesNotContain("p@ss");
  }

  @Test
  void jdbcUrlsPassThroughWithTheirPasswordMaskedWhenShown() {
    StoreLocation location =
        StoreLocation.parse("jdbc:postgresql://h/db?user=u&password=secret", defaultFile);
    assertThat(location.jdbcUrl()).endsWith("password=secret");
    assertThat(location.shown()).doesNotContain("secret");
    assertThat(StoreLocation.parse("sqlite:/tmp/x.db", defaultFile).jdbcUrl())
        .isEqualTo("jdbc:sqlite:/tmp/x.db");
  }

  @Test
  void otherSchemesAndMissingDatabaseNamesAreRefusedWithTheFormToUse() {
    assertThatThrownBy(() -> StoreLocation.parse("mysql://h/db", defaultFile))
        .hasMessageContaining("postgresql://user:password@host:port/database");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://host", defaultFile))
        .hasMessageContaining("database name");
  }
}
