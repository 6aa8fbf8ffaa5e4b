package org.restwise.store;

class PostgresJournalSafetyTest extends JournalSafetyContract {

    @Override
    String freshUrl() {
        return TestDatabases.postgres();
    }
}
