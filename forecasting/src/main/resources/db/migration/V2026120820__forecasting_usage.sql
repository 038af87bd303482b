-- Usage actually consumed (issue 14): scheduler jobs imported from Slurm, whole-server rentals, and the
-- daily aggregate the utilization and economics figures read.

-- Which tenant a Slurm account bills, per cluster.
create sequence usage_mapping_seq start with 1 increment by 50;
create table usage_account_map (
    id          bigint primary key,
    version     integer not null,
    cluster     varchar(64) not null,
    account     varchar(128) not null,
    tenant_id   bigint not null references tenant (id),
    constraint usage_account_map_uk unique (cluster, account)
);
-- Which site and GPU class (forecasting.history.GpuClass name) a Slurm partition runs on, per cluster.
create table usage_partition_map (
    id              bigint primary key,
    version         integer not null,
    cluster         varchar(64) not null,
    partition_name  varchar(128) not null,
    site_id         bigint not null references site (id),
    gpu_class       varchar(24) not null,
    constraint usage_partition_map_uk unique (cluster, partition_name)
);
create table usage_account_map_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    cluster varchar(64), account varchar(128), tenant_id bigint,
    primary key (id, rev)
);
create table usage_partition_map_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    cluster varchar(64), partition_name varchar(128), site_id bigint, gpu_class varchar(24),
    primary key (id, rev)
);

-- Every job imported once: the key that makes a re-import of an overlapping file add nothing.
-- Plain rows written by JDBC batches, like utilization_day; times are instants (UTC).
create table usage_job (
    cluster     varchar(64) not null,
    job_id      varchar(64) not null,
    site_id     bigint not null references site (id),
    gpu_class   varchar(24) not null,
    tenant_id   bigint not null references tenant (id),
    started_at  timestamp(0) with time zone not null,
    ended_at    timestamp(0) with time zone not null,
    gpus        integer not null,
    cpus        integer not null,
    constraint usage_job_pk primary key (cluster, job_id)
);

-- Card-seconds and core-seconds used per site, day (in the site's time zone), GPU class and tenant: what the
-- imports add to, so a year of a full site is read from at most days x classes x tenants rows.
create table usage_day (
    site_id       bigint not null references site (id),
    on_day        date not null,
    gpu_class     varchar(24) not null,
    tenant_id     bigint not null references tenant (id),
    card_seconds  bigint not null,
    core_seconds  bigint not null,
    constraint usage_day_pk primary key (site_id, on_day, gpu_class, tenant_id)
);

-- Whole servers a tenant rents by the month, prepaid: every card counts as used for the term [start, end).
create sequence server_rental_seq start with 1 increment by 50;
create table server_rental (
    id                bigint primary key,
    version           integer not null,
    tenant_id         bigint not null references tenant (id),
    site_id           bigint not null references site (id),
    gpu_class         varchar(24) not null,
    servers           integer not null,
    cards_per_server  integer not null,
    cores_per_server  integer not null,
    start_date        date not null,
    months            integer not null,
    note              varchar(1000),
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    constraint server_rental_servers_ck check (servers between 1 and 100000),
    constraint server_rental_cards_ck check (cards_per_server between 1 and 64),
    constraint server_rental_cores_ck check (cores_per_server between 0 and 4096),
    constraint server_rental_months_ck check (months between 1 and 120)
);
create index server_rental_site_ix on server_rental (site_id, start_date);
create table server_rental_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    tenant_id bigint, site_id bigint, gpu_class varchar(24), servers integer, cards_per_server integer,
    cores_per_server integer, start_date date, months integer, note varchar(1000),
    primary key (id, rev)
);
