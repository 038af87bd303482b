-- The history page reads each audit table's newest rows in the order "rev desc, id" (fetch first n) and merges
-- them. An index on rev alone does not serve that order when a revision holds many rows (the demo's seeding
-- writes 57,600 GPUs in one): H2 then reads the whole table to sort its ties by id, and PostgreSQL, which has no
-- index on rev at all here, scans and sorts each table. An index in exactly that order lets both stop after n
-- rows. It also serves the joins by rev, so device_aud's and gpu_aud's rev-only indexes go.
create index site_aud_rev_id_ix on site_aud (rev desc, id);
create index room_aud_rev_id_ix on room_aud (rev desc, id);
create index cabinet_row_aud_rev_id_ix on cabinet_row_aud (rev desc, id);
create index cabinet_aud_rev_id_ix on cabinet_aud (rev desc, id);
create index device_aud_rev_id_ix on device_aud (rev desc, id);
drop index device_aud_rev_ix;
create index gpu_aud_rev_id_ix on gpu_aud (rev desc, id);
drop index gpu_aud_rev_ix;
create index tenant_aud_rev_id_ix on tenant_aud (rev desc, id);
create index device_model_aud_rev_id_ix on device_model_aud (rev desc, id);
create index gpu_model_aud_rev_id_ix on gpu_model_aud (rev desc, id);
