-- The PDU outlet a device's supply is plugged into, numbered as the feed's PDU numbers its outlets; null when not
-- recorded. The failover analysis reads that outlet's metered power as the supply's load.
alter table power_device_supply add column pdu_outlet integer;
alter table power_device_supply add constraint power_device_supply_outlet_ck check (pdu_outlet between 1 and 96);
alter table power_device_supply_aud add column pdu_outlet integer;
