-- Each target's energy per period (the calendar months of its site's zone), as computed from reading_1h once the
-- period is over (EnergyMonths): a year's energy report of a full site (8,000 PDUs, with the year before for the
-- year-on-year targets) reads 192,000 of these rows instead of recomputing from some 140 million hourly buckets.
-- Every hourly roll-up deletes the periods whose hours it rewrote (by period_end, the recent ones); the key
-- serves a report's lookup: a site's targets, the metrics, a range of period starts.
create table energy_month (
    target_id       bigint not null,
    power_metric    varchar(120) not null,
    counter_metric  varchar(120) not null,
    period_start    timestamp(6) with time zone not null,
    period_end      timestamp(6) with time zone not null,
    wh              double precision not null,
    counter_hours   integer not null,
    power_hours     integer not null,
    constraint energy_month_pk primary key (target_id, power_metric, counter_metric, period_start, period_end)
);
create index energy_month_end_ix on energy_month (period_end);
