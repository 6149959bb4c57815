-- "Wat Ria voor u deed" reads what helpers did on a member's behalf from the access log: per family
-- and member, newest first. Only helpers' entries carry a member here, so the index stays small.
create index access_log_on_behalf on access_log (family_id, on_behalf_of_member_id, id) where on_behalf_of_member_id is not null;
