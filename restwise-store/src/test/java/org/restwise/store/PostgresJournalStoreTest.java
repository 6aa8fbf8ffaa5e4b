package org.restwise.store;

class PostgresJournalStoreTest extends JournalStoreContract {

    @Override
    String freshUrl() {
        return TestDatabases.postgres();
    }
}
