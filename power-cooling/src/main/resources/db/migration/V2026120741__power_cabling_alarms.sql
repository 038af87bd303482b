-- Cabling alarms (issue 13): a port the cabling check found MISSING (warning) or MISWIRED (critical) raises an
-- alarm of kind CABLE_FAULT on that port (subject PORT, the port's id), cleared when a later check finds the
-- port OK. The levels are the outcome's rank (1 missing, 2 miswired), so a site can override them like any other
-- kind (e.g. warning off: alarms on miswires only).
alter table power_alarm drop constraint power_alarm_kind_ck;
alter table power_alarm add constraint power_alarm_kind_ck
    check (kind in ('CABINET_POWER', 'INLET_TEMP', 'TARGET_UNREACHABLE', 'CABLE_FAULT'));
alter table power_alarm drop constraint power_alarm_subject_ck;
alter table power_alarm add constraint power_alarm_subject_ck check (subject_type in ('CABINET', 'TARGET', 'PORT'));
alter table power_threshold drop constraint power_threshold_kind_ck;
alter table power_threshold add constraint power_threshold_kind_ck
    check (kind in ('CABINET_POWER', 'INLET_TEMP', 'TARGET_UNREACHABLE', 'CABLE_FAULT'));
