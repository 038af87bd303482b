/**
 * Event rules and webhooks: outbox events ({@link io.dcim.common.event}) delivered to plain JSON receivers signed
 * with HMAC-SHA256 and to DingTalk, WeCom and Feishu group robots, once per rule, retried with back-off, dead
 * letters kept for people to retry. It sits beside the alarms it mostly carries and reuses the credential key that
 * seals SNMP credentials; the HTTP client is the JDK's.
 */
package io.dcim.power.webhook;
