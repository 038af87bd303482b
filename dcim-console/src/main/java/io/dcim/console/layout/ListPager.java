package io.dcim.console.layout;

import org.apache.wicket.AttributeModifier;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractToolbar;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.repeater.RepeatingView;
import org.apache.wicket.model.IModel;

/**
 * Under a {@link ListTable}: which rows are shown of how many (thousands separated in the reader's
 * language), links to the pages around the current one, and the page sizes a reader may choose.
 * Every link is a URL of the list, so paging leaves history the back button walks.
 */
class ListPager extends AbstractToolbar {

    /** Pages linked on either side of the current one. */
    private static final int AROUND = 4;

    private final ListTable<?> table;
    private final RepeatingView pages = new RepeatingView("pages");
    private final RepeatingView sizes = new RepeatingView("sizes");

    ListPager(ListTable<?> table) {
        super(table);
        this.table = table;
        WebMarkupContainer span = new WebMarkupContainer("span");
        span.add(AttributeModifier.replace("colspan", IModel.of(() -> String.valueOf(table.getColumns().size()))));
        add(span);
        span.add(new Label("shown", IModel.of(this::shown)));
        span.add(pages);
        span.add(sizes);
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(table.getItemCount() > 0);
        long current = table.getCurrentPage();
        long count = table.getPageCount();
        pages.removeAll();
        if (count > 1) {
            addPage(0, "\u00ab", current > 0);
            addPage(current - 1, "\u2039", current > 0);
            for (long p = Math.max(0, current - AROUND); p <= Math.min(count - 1, current + AROUND); p++) {
                addPage(p, Format.count(p + 1), p != current);
            }
            addPage(current + 1, "\u203a", current < count - 1);
            addPage(count - 1, "\u00bb", current < count - 1);
        }
        sizes.removeAll();
        for (int size : ListTable.SIZES) {
            BookmarkablePageLink<Void> link = table.link(sizes.newChildId(), ListTable.SIZE, String.valueOf(size));
            link.setBody(IModel.of(() -> Format.count(size)));
            link.setEnabled(size != table.size());
            sizes.add(link);
        }
    }

    private void addPage(long page, String text, boolean enabled) {
        BookmarkablePageLink<Void> link = table.link(pages.newChildId(), ListTable.PAGE, String.valueOf(page + 1));
        link.setBody(IModel.of(() -> text));
        link.setEnabled(enabled);
        if (!enabled && text.equals(Format.count(page + 1))) {
            link.add(AttributeModifier.replace("aria-current", "page"));
        }
        pages.add(link);
    }

    private String shown() {
        long total = table.getItemCount();
        long first = table.getCurrentPage() * table.getItemsPerPage();
        return Texts.of(this, "shown", "from", Format.count(total == 0 ? 0 : first + 1),
                "to", Format.count(Math.min(first + table.getItemsPerPage(), total)), "total", Format.count(total));
    }
}
