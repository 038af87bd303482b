-- The demand pipeline: capacity tenants are expected to take, with how sure the sale is.
-- quantity is in the resource's unit (GPUs, W, cabinets, U); probability is a share in [0, 1].
create sequence demand_entry_seq start with 1 increment by 50;

create table demand_entry (
    id               bigint primary key,
    version          integer not null,
    tenant_id        bigint not null references tenant (id),
    site_id          bigint not null references site (id),
    resource         varchar(12) not null,
    quantity         bigint not null,
    start_date       date not null,
    duration_months  integer not null,
    stage            varchar(12) not null,
    probability      numeric(4,3) not null,
    note             varchar(1000),
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    constraint demand_entry_quantity_ck check (quantity > 0),
    constraint demand_entry_duration_ck check (duration_months between 1 and 120),
    constraint demand_entry_probability_ck check (probability >= 0 and probability <= 1)
);
create index demand_entry_site_ix on demand_entry (site_id, resource, start_date);
create index demand_entry_tenant_ix on demand_entry (tenant_id);
