-- A family snapshot reads every plan item of the family (of every version) when a youth has made
-- a choice about what a parent sees: the choice holds for the item in older versions and the draft
-- too. Only (id, family_id) and (version_id, …) indexed plan_items, so that read walked the whole
-- table: 2.2 million rows at 100,000 families, on every cold read of such a family.
create index plan_items_family on plan_items (family_id, version_id);
