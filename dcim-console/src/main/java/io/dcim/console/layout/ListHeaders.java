package io.dcim.console.layout;

import java.io.Serializable;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractToolbar;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.repeater.RepeatingView;

/**
 * The column headers of a {@link ListTable}: a sortable header is a link to the same list sorted on it
 * (a second click reverses the order); the sorted column carries {@code aria-sort} and an arrow.
 */
class ListHeaders<T extends Serializable> extends AbstractToolbar {

    ListHeaders(ListTable<T> table) {
        super(table);
        RepeatingView headers = new RepeatingView("headers");
        add(headers);
        for (IColumn<T, String> column : table.getColumns()) {
            WebMarkupContainer header = new WebMarkupContainer(headers.newChildId());
            headers.add(header);
            boolean sortable = column.isSortable();
            String property = column.getSortProperty();
            boolean sorted = sortable && property.equals(table.sortedBy());
            boolean nextAscending = !sorted || !table.ascending();
            BookmarkablePageLink<Void> sort = table.link("sort", ListTable.SORT, property == null ? "" : property,
                    ListTable.DIR, ListTable.direction(nextAscending));
            sort.add(sortable ? column.getHeader("label") : new WebMarkupContainer("label"));
            sort.setVisible(sortable);
            header.add(sort);
            WebMarkupContainer arrow = new WebMarkupContainer("arrow");
            arrow.add(AttributeModifier.replace("class", sorted && table.ascending() ? "arrow up" : "arrow down"));
            sort.add(arrow.setVisible(sorted));
            header.add(sortable ? new WebMarkupContainer("plain").setVisible(false) : column.getHeader("plain"));
            if (sorted) {
                header.add(AttributeModifier.replace("aria-sort", table.ascending() ? "ascending" : "descending"));
            }
        }
    }
}
