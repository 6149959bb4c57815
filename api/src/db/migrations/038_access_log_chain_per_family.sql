-- The access log as one chain per family (issue 12 point 5). One global chain made every writer
-- of every API process wait on one lock; now each family's rows chain on that family's previous
-- row, account events (no family) form a chain of their own, and writers of different families
-- never wait on each other.
--
-- Rows written before this migration keep their hashes: the checkpoints sealed them, and the
-- database never holds the key to seal them again. They stay one global chain, verified as before,
-- up to the row named here; every row after it belongs to the chain of its family.
create table access_log_global_chain_end (
  last_row_id bigint not null
);
insert into access_log_global_chain_end (last_row_id) select coalesce(max(id), 0) from access_log;
create trigger access_log_global_chain_end_append_only before update or delete on access_log_global_chain_end for each row execute function forbid_change();
create trigger access_log_global_chain_end_no_truncate before truncate on access_log_global_chain_end for each statement execute function forbid_change();

-- The newest row of each chain: a family id, 'account', or 'globaal' for the rows before this
-- migration. A writer locks its chain's row while it appends, so it is both the lock and the
-- place to read the head from. Not evidence itself (the rows and the sealed checkpoints are):
-- `unsealed` tells the next checkpoint which heads moved since the last one.
create table access_log_heads (
  chain text primary key,
  last_row_id bigint not null,
  hash text not null,
  unsealed boolean not null
);
insert into access_log_heads (chain, last_row_id, hash, unsealed)
select 'globaal', id, hash, true from access_log order by id desc limit 1;

-- A checkpoint now seals the heads of the chains that moved since the one before. Older
-- checkpoints sealed the head of the global chain and have no heads here (`chains` is null).
alter table access_log_checkpoints add column chains integer;
create table access_log_checkpoint_heads (
  checkpoint_id bigint not null references access_log_checkpoints (id),
  chain text not null,
  last_row_id bigint not null,
  head_hash text not null,
  primary key (checkpoint_id, chain)
);
create trigger access_log_checkpoint_heads_append_only before update or delete on access_log_checkpoint_heads for each row execute function forbid_change();
create trigger access_log_checkpoint_heads_no_truncate before truncate on access_log_checkpoint_heads for each statement execute function forbid_change();

-- The server may read and append to the evidence, never change it; the heads move.
revoke update, delete, truncate on access_log_global_chain_end, access_log_checkpoint_heads from onsplan_app;
revoke delete, truncate on access_log_heads from onsplan_app;
