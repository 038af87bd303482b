package io.dcim.console.label;

import io.dcim.inventory.tag.TagChip;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;

/** Tags as coloured chips, each in its own colour with a text colour that stays readable on it. */
public class TagChips extends Panel {

    public TagChips(String id, IModel<List<TagChip>> chips) {
        super(id, chips);
        add(new ListView<>("chip", chips) {
            @Override
            protected void populateItem(ListItem<TagChip> item) {
                TagChip chip = item.getModelObject();
                item.add(new Label("name", chip.name()));
                // the colour is #rrggbb, checked by the domain when the tag was saved
                item.add(AttributeModifier.replace("style", "background-color:" + chip.colour() + ";color:"
                        + textOn(chip.colour())));
                item.add(AttributeModifier.replace("title", chip.slug()));
            }
        });
    }

    /** Black on light colours, white on dark ones (relative luminance, as WCAG weighs the channels). */
    static String textOn(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
        return luminance > 140 ? "#000000" : "#ffffff";
    }
}
