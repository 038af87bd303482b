-- Device profiles an admin added in the console, kept as the file they gave (JSON), parsed again at start-up.
-- Shipped profiles live on the classpath and are never stored here.
create table snmp_profile (
    id          varchar(64) primary key,
    file_name   varchar(200) not null,
    body        varchar(262144) not null,
    added_by    varchar(100) not null,
    added_at    timestamp(6) with time zone not null
);
