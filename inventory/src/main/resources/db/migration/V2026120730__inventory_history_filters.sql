-- The history list filters changes by who made them and when: both are columns of revinfo, read
-- before the audit tables are joined to it.
create index revinfo_actor_ix on revinfo (actor);
create index revinfo_changed_at_ix on revinfo (changed_at_ms);
