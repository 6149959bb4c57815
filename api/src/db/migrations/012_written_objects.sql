-- Everything a member writes is a guarded object of its own (DOMAIN rule 4, REQUIREMENTS A3).
--
-- An eigen verklaring now stores its own envelope when it is written (the readers of the disputed
-- target then, as the writer's own words, never shared across a contactverbod) instead of taking
-- the target's at every read; the evaluator also checks that the reader still sees the target.
alter table eigen_verklaringen
  add column audience text not null default 'professionals' check (audience in ('gezin', 'volwassenen', 'leden', 'professionals', 'organisatie')),
  add column audience_members uuid[] not null default '{}',
  add column subjects uuid[] not null default '{}',
  add column author_member_id uuid references members (id),
  add column shielded_from uuid[] not null default '{}',
  add column shared_across_contactverbod boolean not null default false,
  add column general_info boolean not null default false,
  add column field_shields jsonb not null default '{}';

-- Statements written before this have no stored readers. Taking the target's readers now could
-- reach people the writer never wrote for, so they go to the professionals and the writer only;
-- a professional can share one again on purpose.
update eigen_verklaringen set subjects = array[member_id], author_member_id = member_id;
alter table eigen_verklaringen alter column author_member_id set not null;

-- A document shared with one organisation says so in its audience, which the evaluator reads
-- (rule alleen-organisatie), not only in a column beside it.
alter table documents drop constraint documents_audience_check;
alter table documents add constraint documents_audience_check check (audience in ('gezin', 'volwassenen', 'leden', 'professionals', 'organisatie'));
update documents set audience = 'organisatie', audience_members = '{}' where shared_with_organisation is not null;
alter table documents add constraint documents_organisation_audience check ((audience = 'organisatie') = (shared_with_organisation is not null));
