-- A draft's revision is a number no other draft of any family ever had (issue 10 review). Counting
-- from 1 in each new draft let a tab left open on a draft that was since published or thrown away
-- match a colleague's new draft at the same count, and its autosave overwrote her work unseen.
create sequence if not exists plan_draft_revisions as integer;
