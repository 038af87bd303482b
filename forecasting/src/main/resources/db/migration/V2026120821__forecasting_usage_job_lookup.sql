-- The import asks, a batch at a time, which of a thousand job ids a cluster has already: "job_id in (...)".
-- The primary key leads with the cluster, which every row of a cluster shares, so H2 scanned the whole table
-- for each batch (an import grew quadratic); an index led by the job id answers each id by a lookup.
create index usage_job_job_ix on usage_job (job_id);
