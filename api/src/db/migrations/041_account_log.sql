-- The access log distributable by family (issue 12 point 6). Citus keeps a table's rows on the node
-- of their family and refuses an empty distribution column, but account events (sign-in, sign-out)
-- belong to no family. They move to a global table of their own, `account_log`, with their own
-- chain head, and `access_log` gets family_id in every key.
--
-- No hash changes. A row's hash covers its content and the previous row of its chain, never its
-- table or its id, and the rows keep their ids: both tables draw ids from one sequence, so an id
-- still names one row of the whole log. The chain from before migration 038 ran through family
-- rows and account rows alike; the check walks it over both tables in the order of the ids, as
-- before. The chain of account events since 038 is account_log's alone. Checkpoints named rows by
-- id, and the check looks the id up in both tables, so every old seal still holds.

-- 1. Account events: the same columns but family_id, appended to as access_log is.
create table account_log (like access_log including defaults including constraints);
alter table account_log drop column family_id;
alter table account_log add primary key (id);
alter table account_log add constraint account_log_hash_key unique (hash);
create index account_log_actor on account_log (actor_user_id, id);
create trigger account_log_append_only before update or delete on account_log for each row execute function forbid_change();
create trigger account_log_no_truncate before truncate on account_log for each statement execute function forbid_change();

-- 2. The account events move, ids and hashes as they were. The owner (who runs migrations) lifts
--    the append-only trigger for this one delete; the server's role never could.
insert into account_log (id, at, actor_user_id, actor_kind, actor_name, actor_organisation, on_behalf_of_member_id, subject_member_ids,
                         action, object_kind, object_ids, client_ip, outcome, delegation, prev_hash, hash)
select id, at, actor_user_id, actor_kind, actor_name, actor_organisation, on_behalf_of_member_id, subject_member_ids,
       action, object_kind, object_ids, client_ip, outcome, delegation, prev_hash, hash
  from access_log where family_id is null order by id;
alter table access_log disable trigger access_log_append_only;
delete from access_log where family_id is null;
alter table access_log enable trigger access_log_append_only;

-- 3. Every key of access_log names the family. family_id goes last in the primary key, so the walk
--    by id keeps its index; the chain of a family is walked by (family_id, id).
alter table access_log alter column family_id set not null;
alter table access_log drop constraint access_log_pkey, add primary key (id, family_id);
alter table access_log drop constraint access_log_hash_key, add constraint access_log_hash_key unique (hash, family_id);
create index access_log_chain on access_log (family_id, id);

-- 4. The heads: one per family, keyed by the family; the chains of no family ('account', and
--    'globaal' for the rows before 038, which a checkpoint may not have sealed yet) in a table of
--    their own.
create table account_log_heads (
  chain text primary key check (chain in ('account', 'globaal')),
  last_row_id bigint not null,
  hash text not null,
  unsealed boolean not null
);
insert into account_log_heads (chain, last_row_id, hash, unsealed)
select chain, last_row_id, hash, unsealed from access_log_heads where chain in ('account', 'globaal');
delete from access_log_heads where chain in ('account', 'globaal');
alter table access_log_heads alter column chain type uuid using chain::uuid;
alter table access_log_heads rename column chain to family_id;

-- 5. The check reads a checkpoint's heads page by page in the order their digest was made in
--    (JavaScript's: code units), which is the "C" collation; the index then walks in that order.
alter table access_log_checkpoint_heads alter column chain type text collate "C";

-- The server may read and append to the account events, never change them; the heads move.
revoke update, delete, truncate on account_log from onsplan_app;
revoke delete, truncate on account_log_heads from onsplan_app;
