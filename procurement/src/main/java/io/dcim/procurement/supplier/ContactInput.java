package io.dcim.procurement.supplier;

import java.io.Serializable;

/** A contact as typed: a name and at least an e-mail address or a phone number. */
public record ContactInput(String name, String email, String phone) implements Serializable {
}
