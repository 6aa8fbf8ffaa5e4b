CREATE TABLE from_the_future (id INTEGER);
