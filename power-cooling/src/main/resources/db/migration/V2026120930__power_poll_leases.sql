-- Polling shared among the nodes on one database (issue 18). Runs unchanged on H2 2.3 and PostgreSQL 15.

-- Each running node, with its last heartbeat (written at every sweep): the nodes heard from within a lease's
-- length are the live ones, among which the targets are shared. A node stopped cleanly deletes its row.
create table poll_node (
    node_id       varchar(160) primary key,
    host          varchar(253) not null,
    started_at    timestamp(6) with time zone not null,
    heartbeat_at  timestamp(6) with time zone not null
);

-- Who polls each target until when, and what the next holder needs to go on where the last one stopped: when
-- the target was last polled (so it is not polled again early) and its back-off (so a dead agent keeps
-- resting). A row with no node, or one whose lease_until has passed, is free to claim.
create table poll_lease (
    target_id      bigint primary key references snmp_target (id) on delete cascade,
    node_id        varchar(160),
    lease_until    timestamp(6) with time zone not null,
    polled_at      timestamp(6) with time zone,
    failures       integer default 0 not null,
    resting_until  timestamp(6) with time zone
);
create index poll_lease_node_ix on poll_lease (node_id);

-- A reading is stored once: the same series at the same instant twice is refused by the database, whichever
-- node tries. The unique index serves the series' lookups as the plain one it replaces did.
drop index reading_raw_series_ix;
create unique index reading_raw_series_uk on reading_raw (target_id, metric, at);
