/**
 * Device profiles as data: JSON files under {@code /snmp-profiles/} (and from an admin directory) name the
 * OIDs of a device family, their syntax, scale and unit, and the metric each maps to. A profile is chosen by
 * sysObjectID prefix or model name ({@link io.dcim.power.profile.ProfileCatalog}) and turned into the SNMP
 * collector's read plan ({@link io.dcim.power.profile.DeviceProfile#readPlan()}): the OIDs to read, and the
 * mapping of the values read to readings ({@link io.dcim.power.profile.ProfileMapper}).
 */
package io.dcim.power.profile;
