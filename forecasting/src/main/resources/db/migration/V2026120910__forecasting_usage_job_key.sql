-- The Slurm import writes up to a million jobs at a time (issue 14: 10 million a year per site, < 30 s per
-- million). Profiling showed each usage_job row cost three index updates and two foreign-key checks (on
-- PostgreSQL each check is a trigger running a query per row, two thirds of the insert's time). Rebuilt:
-- - the primary key leads with the job id, the column the import's batch lookup asks by ("job_id in (...)",
--   see V2026120821), so the separate usage_job_job_ix index goes: one index per row instead of two;
-- - no foreign keys: usage_job is the import's record of which jobs it has counted (nothing else reads it);
--   the sites and tenants its rows name stay referenced by usage_day, which the same import writes, and by the
--   account and partition mappings every imported job went through.
create table usage_job_keyed (
    cluster     varchar(64) not null,
    job_id      varchar(64) not null,
    site_id     bigint not null,
    gpu_class   varchar(24) not null,
    tenant_id   bigint not null,
    started_at  timestamp(0) with time zone not null,
    ended_at    timestamp(0) with time zone not null,
    gpus        integer not null,
    cpus        integer not null,
    constraint usage_job_key primary key (job_id, cluster)
);
insert into usage_job_keyed (cluster, job_id, site_id, gpu_class, tenant_id, started_at, ended_at, gpus, cpus)
    select cluster, job_id, site_id, gpu_class, tenant_id, started_at, ended_at, gpus, cpus from usage_job;
drop table usage_job;
alter table usage_job_keyed rename to usage_job;
