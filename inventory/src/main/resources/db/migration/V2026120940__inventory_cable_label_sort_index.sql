-- The cable list's default order is (label_key, id) within a site. The unique key (site_id, label_key)
-- gives the labels in order but not the id tie-breaker the page query sorts on as well, so PostgreSQL
-- sorted the whole site's 110,000 cables for every page (149 ms at page 20). With the id in the index
-- the page is read in index order and stops after offset + size rows, in either direction.
create index cable_label_sort_ix on cable (site_id, label_key, id);
