package io.dcim.procurement.supplier;

/** A contact as typed: a name and at least an e-mail address or a phone number. */
public record ContactInput(String name, String email, String phone) {
}
