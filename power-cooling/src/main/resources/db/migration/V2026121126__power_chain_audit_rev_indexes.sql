-- The history page lists the power chain's changes with the inventory's (ChainHistory): it reads each of these
-- audit tables' newest rows in the order "rev desc, id" (fetch first n). An index in that order lets H2 and
-- PostgreSQL stop after n rows instead of sorting the table (see V2026121125 for the inventory's).
create index power_source_aud_rev_id_ix on power_source_aud (rev desc, id);
create index power_panel_aud_rev_id_ix on power_panel_aud (rev desc, id);
create index power_feed_aud_rev_id_ix on power_feed_aud (rev desc, id);
create index power_supply_spec_aud_rev_id_ix on power_supply_spec_aud (rev desc, id);
create index power_device_supply_aud_rev_id_ix on power_device_supply_aud (rev desc, id);
