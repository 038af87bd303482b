/**
 * Alarms on cabinet power, inlet temperature and unreachable targets: levels with defaults overridable per
 * site and cabinet ({@link io.dcim.power.alarm.ThresholdService}), raise and clear with hysteresis, one active
 * alarm per subject and kind, acknowledgement and history ({@link io.dcim.power.alarm.AlarmService}), and
 * notifiers ({@link io.dcim.power.alarm.AlarmNotifier}: log, mail over a {@link io.dcim.power.alarm.MailSender}).
 */
package io.dcim.power.alarm;
