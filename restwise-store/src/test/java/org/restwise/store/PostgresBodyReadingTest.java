package org.restwise.store;

class PostgresBodyReadingTest extends BodyReadingContract {

    @Override
    String freshUrl() {
        return TestDatabases.postgres();
    }
}
