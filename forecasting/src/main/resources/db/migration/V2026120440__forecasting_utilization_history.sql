-- Utilization history: one row per site, resource (and GPU class for GPUs) and day, kept for years.
-- GPUs: used = allocated to tenants, in_service = cards in service, capacity = all cards.
-- Power (W): used = measured IT draw (measured = true) or the devices' typical draw, capacity = contracted.
-- Cabinets: used = occupied, capacity = all. U: used = occupied units, capacity = all units.
-- gpu_class is 'ALL' for the totals and for the resources that have no class.
create table utilization_day (
    site_id     bigint not null references site (id),
    resource    varchar(12) not null,
    gpu_class   varchar(24) not null,
    on_day      date not null,
    used        bigint not null,
    in_service  bigint,
    capacity    bigint not null,
    measured    boolean not null,
    constraint utilization_day_pk primary key (site_id, resource, gpu_class, on_day)
);
