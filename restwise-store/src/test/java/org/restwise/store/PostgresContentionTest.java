package org.restwise.store;

class PostgresContentionTest extends ContentionContract {

    @Override
    String freshUrl() {
        return TestDatabases.postgres();
    }
}
