-- Each tenant's IT energy at a site in a month that is over (TenantMonths): the attribution of the site's PDUs'
-- energy to every powered device and its tenancy, computed once instead of at every tenant statement (8,000 PDUs
-- and every device of a full site for one tenant's figure). tenant_id 0 is the operator's own share (energy of
-- cabinets, devices and GPUs no tenant holds), written for every month kept so that a kept month is known even
-- when no tenant drew anything. Dropped with the energy_month rows it was computed from (EnergyMonths.forget,
-- ReadingStore.keepEnergy and forgetTarget); the running month is never kept.
create table energy_tenant_month (
    site_id         bigint not null,
    period_start    timestamp(6) with time zone not null,
    period_end      timestamp(6) with time zone not null,
    tenant_id       bigint not null,
    wh              bigint not null,
    constraint energy_tenant_month_pk primary key (site_id, period_start, period_end, tenant_id)
);
create index energy_tenant_month_end_ix on energy_tenant_month (period_end);
