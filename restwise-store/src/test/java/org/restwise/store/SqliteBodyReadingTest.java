package org.restwise.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteBodyReadingTest extends BodyReadingContract {

    @TempDir
    Path dir;

    @Override
    String freshUrl() {
        return TestDatabases.sqlite(dir);
    }
}
