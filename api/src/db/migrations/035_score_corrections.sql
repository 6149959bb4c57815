-- Issue 13, point 3 gap: a member can ask to remove one of her own scores ("Hoe gaat het nu?")
-- through the correctieverzoek "verwijderen". A score becomes a target of the correction tables.
alter table correctieverzoeken drop constraint correctieverzoeken_target_kind_check;
alter table correctieverzoeken add constraint correctieverzoeken_target_kind_check
  check (target_kind in ('plan-item', 'comment', 'member-field', 'member', 'score'));
alter table eigen_verklaringen drop constraint eigen_verklaringen_target_kind_check;
alter table eigen_verklaringen add constraint eigen_verklaringen_target_kind_check
  check (target_kind in ('plan-item', 'comment', 'member-field', 'member', 'score'));
alter table correctie_wijzigingen drop constraint correctie_wijzigingen_target_kind_check;
alter table correctie_wijzigingen add constraint correctie_wijzigingen_target_kind_check
  check (target_kind in ('plan-item', 'comment', 'member-field', 'member', 'score'));
