-- A member's agenda reads the move requests of her family with every sync; without this index that
-- read went through the whole table (tests/bench/hot-queries.int.test.ts).
create index afspraak_verplaatsverzoeken_family on afspraak_verplaatsverzoeken (family_id, created_at, id);
