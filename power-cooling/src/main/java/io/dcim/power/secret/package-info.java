/**
 * Credentials at rest and in memory: {@link io.dcim.power.secret.Secret} keeps SNMP community strings and
 * v3 passphrases out of logs, {@link io.dcim.power.secret.CredentialCipher} encrypts them with AES-GCM for storage.
 */
package io.dcim.power.secret;
