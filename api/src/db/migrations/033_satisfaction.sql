-- Issue 13, point 4: "Wat vindt u ervan?". Two tables that cannot be joined back to a person.
-- An answer keeps only what aggregation needs: the organisation (of the family's regisseur when it
-- was given) and the month. No member, no family, no user, no moment; the id is random.
create table satisfaction_answers (
  id uuid primary key,
  organisation text not null,
  period text not null check (period ~ '^\d{4}-\d{2}$'),
  helps smallint not null check (helps between 1 and 5),
  better text check (better is null or length(better) between 1 and 1000)
);
create index satisfaction_answers_organisation on satisfaction_answers (organisation, period);

-- The once-a-month limiter: who answered in which month, and nothing of what or for which
-- organisation, so it shares no column with the answers but the month.
create table satisfaction_given (
  member_id uuid not null references members (id),
  period text not null check (period ~ '^\d{4}-\d{2}$'),
  primary key (member_id, period)
);
