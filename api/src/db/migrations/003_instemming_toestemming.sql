-- Instemming: the member who decided. For a child under 12 that is a parent with gezag, for a helper
-- the member they act for; decided_by_user_id still says who pressed the button ("Ria namens Samira").
alter table instemmingen add column decided_by_member_id uuid references members (id);
create index instemmingen_member on instemmingen (family_id, member_id, created_at);

-- Toestemming: a consent that is given holds until a date; one for a family member names that member.
alter table toestemmingen add constraint toestemmingen_given_until check (status <> 'gegeven' or valid_until is not null);
alter table toestemmingen add constraint toestemmingen_member_named check (recipient_kind <> 'gezinslid' or recipient_member_id is not null);
