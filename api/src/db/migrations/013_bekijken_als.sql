-- "Bekijk als" (issue 10): a professional of the family looks at the portal through one member's
-- lens, read-only. Each read in that mode is logged as the professional with action 'bekijken-als'
-- and the member as subject, so the member sees in "Wie heeft mijn gegevens bekeken" that someone
-- looked as them, and an auditor can tell a preview from an ordinary read.
alter table access_log drop constraint access_log_action_check;
alter table access_log add constraint access_log_action_check
  check (action in ('lezen', 'bekijken-als', 'aanmaken', 'wijzigen', 'verwijderen', 'printen', 'exporteren', 'zoeken', 'inloggen', 'uitloggen'));
