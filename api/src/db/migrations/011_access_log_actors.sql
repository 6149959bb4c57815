-- "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3) lists the people who appear in a member's
-- log, for the person filter, and shows one person's entries. Both walk the log of one family per
-- actor, newest first: without this index each would read the family's whole log, which only grows.
create index access_log_family_actor on access_log (family_id, actor_user_id, id);
