-- Redfish beside SNMP (#17): a BMC is an endpoint like an SNMP agent, in the same table, so poll statuses,
-- readings, roll-ups and alarms keyed by target id serve both unchanged. The table keeps its historical name.
-- Runs unchanged on H2 2.3 and PostgreSQL 15.

alter table snmp_target add column protocol varchar(8) default 'SNMP' not null;
-- The GPU server a BMC reports on (its own and its GPUs' power); a device removed leaves the endpoint unlinked.
alter table snmp_target add column device_id bigint references device (id) on delete set null;
-- Not secret, shown like an SNMPv3 user; the password is sealed in credentials_ciphertext like SNMP secrets.
alter table snmp_target add column redfish_user varchar(64);
-- Null: the BMC's only member of /redfish/v1/Systems (resp. Chassis) is read.
alter table snmp_target add column system_id varchar(64);
alter table snmp_target add column chassis_id varchar(64);
-- HTTPS (default for BMCs) or plain HTTP; trust_self_signed accepts a BMC's self-signed certificate for
-- this endpoint only (off: the certificate must chain to a trusted authority and name the host).
alter table snmp_target add column tls boolean;
alter table snmp_target add column trust_self_signed boolean default false not null;

alter table snmp_target alter column snmp_version drop not null;
alter table snmp_target alter column profile_id drop not null;
alter table snmp_target add constraint snmp_target_protocol_ck check (
    (protocol = 'SNMP' and snmp_version is not null and profile_id is not null)
    or (protocol = 'REDFISH' and redfish_user is not null and tls is not null));
alter table snmp_target drop constraint snmp_target_role_ck;
alter table snmp_target add constraint snmp_target_role_ck
    check (role in ('PDU', 'UPS', 'COOLING', 'SENSOR', 'METER', 'SERVER'));
create index snmp_target_device_ix on snmp_target (device_id);
