-- Redundancy-lost alarms (issue 17): a cabinet whose measured draw is more than one side of its feeds can carry
-- (derated) raises an alarm of kind REDUNDANCY_LOST on the cabinet; its levels are % of that side, overridable per
-- site and cabinet like the other kinds.
alter table power_alarm drop constraint power_alarm_kind_ck;
alter table power_alarm add constraint power_alarm_kind_ck
    check (kind in ('CABINET_POWER', 'INLET_TEMP', 'TARGET_UNREACHABLE', 'CABLE_FAULT', 'REDUNDANCY_LOST'));
alter table power_threshold drop constraint power_threshold_kind_ck;
alter table power_threshold add constraint power_threshold_kind_ck
    check (kind in ('CABINET_POWER', 'INLET_TEMP', 'TARGET_UNREACHABLE', 'CABLE_FAULT', 'REDUNDANCY_LOST'));
