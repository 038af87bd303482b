-- Saved capacity-plan scenarios: a name, the site and resource planned, and every assumption of the plan
-- (null columns are looked up when the plan runs, as in PlanAssumptions).
create sequence plan_scenario_seq start with 1 increment by 50;

create table plan_scenario (
    id                      bigint primary key,
    version                 integer not null,
    name                    varchar(120) not null,
    name_key                varchar(120) not null,
    site_id                 bigint not null references site (id),
    resource                varchar(12) not null,
    headroom                numeric(5,4) not null,
    horizon_months          integer not null,
    growth_factor           numeric(6,3) not null,
    pipeline                varchar(16) not null,
    server_model_id         bigint references device_model (id),
    server_unit_price       numeric(14,2),
    lead_time_days          integer,
    cabinet_lead_time_days  integer not null,
    cabinet_contracted_w    integer not null,
    cabinet_lease_monthly   numeric(14,2) not null,
    price_per_gpu_hour      numeric(10,2) not null,
    utilization             numeric(5,4) not null,
    hours_per_month         integer not null,
    pue                     numeric(4,2),
    electricity_price_kwh   numeric(10,4),
    count_outsourced        boolean not null,
    created_by              varchar(120) not null,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    constraint plan_scenario_name_uk unique (name_key)
);
