-- The history page lists the power chain's changes with the inventory's (ChainHistory): it reads each of these
-- audit tables' newest rows by rev and joins revinfo by rev, which without an index scanned each table whole.
create index power_source_aud_rev_ix on power_source_aud (rev);
create index power_panel_aud_rev_ix on power_panel_aud (rev);
create index power_feed_aud_rev_ix on power_feed_aud (rev);
create index power_supply_spec_aud_rev_ix on power_supply_spec_aud (rev);
create index power_device_supply_aud_rev_ix on power_device_supply_aud (rev);
