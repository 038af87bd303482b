package io.dcim.console.layout;

import java.math.BigDecimal;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.model.IModel;

/** A decimal typed as a number with any number of decimals (a tariff of 0.262, a PUE of 1.25): {@code step="any"}. */
public class DecimalField extends NumberTextField<BigDecimal> {

    public DecimalField(String id, IModel<BigDecimal> model) {
        super(id, model, BigDecimal.class);
        add(AttributeModifier.replace("step", "any"));
    }
}
