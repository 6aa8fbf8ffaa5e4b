package org.restwise.store;

class PostgresActivityStoreTest extends ActivityStoreContract {

    @Override
    String freshUrl() {
        return TestDatabases.postgres();
    }
}
