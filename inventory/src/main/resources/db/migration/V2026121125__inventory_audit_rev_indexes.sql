-- The history page reads each audit table's newest rows (order by rev desc, fetch first n) and joins revinfo by
-- rev; without an index on rev every page scanned and sorted each table whole. device_aud and gpu_aud have theirs
-- since V2026112204. Both databases scan an index backwards, so an ascending one serves "newest first".
create index site_aud_rev_ix on site_aud (rev);
create index room_aud_rev_ix on room_aud (rev);
create index cabinet_row_aud_rev_ix on cabinet_row_aud (rev);
create index cabinet_aud_rev_ix on cabinet_aud (rev);
create index tenant_aud_rev_ix on tenant_aud (rev);
create index device_model_aud_rev_ix on device_model_aud (rev);
create index gpu_model_aud_rev_ix on gpu_model_aud (rev);
