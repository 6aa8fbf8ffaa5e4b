package org.restwise.store;

class PostgresAthleteIsolationTest extends AthleteIsolationContract {

    @Override
    String freshUrl() {
        return TestDatabases.postgres();
    }
}
