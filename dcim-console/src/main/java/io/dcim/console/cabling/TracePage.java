package io.dcim.console.cabling;

import static io.dcim.console.layout.UrlParams.idOr;
import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.device.DevicePage;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Found;
import io.dcim.console.layout.NameLink;
import io.dcim.inventory.cable.CableDetail;
import io.dcim.inventory.cable.PortRef;
import io.dcim.inventory.cable.Trace;
import io.dcim.inventory.cable.TraceHop;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The path from a port ({@code ?port=id}, or a cable's A end with {@code ?cable=id}) through
 * patch panels to the far end, cable by cable.
 */
public class TracePage extends BasePage {

    @Inject
    private Services services;

    private final IModel<Trace> trace;

    public TracePage(PageParameters parameters) {
        super(parameters);
        long portId = startPort(parameters);
        trace = Found.model(() -> services.cabling().cables().trace(DcimSession.get().caller(), portId));
        trace.getObject();
        add(deviceLink("startDevice", trace.getObject().start()));
        add(new Label("startPort", trace.map(t -> t.start().port() + " (" + t.start().kind() + ")")));
        add(new WebMarkupContainer("nothing").setVisible(trace.getObject().hops().isEmpty()));
        add(new ListView<>("hops", trace.map(Trace::hops)) {
            @Override
            protected void populateItem(ListItem<TraceHop> item) {
                TraceHop hop = item.getModelObject();
                item.add(new Label("step", item.getIndex() + 1));
                item.add(new Label("near", CableText.port(hop.near())));
                item.add(new BookmarkablePageLink<>("cable", CableListPage.class, new PageParameters()
                        .set("label", hop.label())).setBody(org.apache.wicket.model.Model.of(hop.label())));
                item.add(new Label("type", CableText.of(this, hop.type())));
                item.add(new Label("status", CableText.of(this, hop.status())));
                item.add(new ListView<>("far", hop.far()) {
                    @Override
                    protected void populateItem(ListItem<PortRef> far) {
                        far.add(deviceLink("farDevice", far.getModelObject()));
                        far.add(new Label("farPort", far.getModelObject().port()));
                    }
                });
            }
        });
        add(new Label("end", trace.map(t -> t.farEnd().map(ends -> String.join(", ", ends.stream().map(CableText::port)
                .toList())).orElse("—"))));
    }

    private long startPort(PageParameters parameters) {
        Long port = longParam(parameters, "port");
        if (port != null) {
            return port;
        }
        long cable = idOr(parameters, "cable", CableListPage.class);
        List<CableDetail.End> ends = Found.or404(() -> services.cabling().cables().view(DcimSession.get().caller(), cable))
                .ends();
        if (ends.isEmpty()) {
            throw new RestartResponseException(CableListPage.class);
        }
        return ends.get(0).portId();
    }

    private static BookmarkablePageLink<Void> deviceLink(String id, PortRef port) {
        return NameLink.to(id, DevicePage.class, port.deviceId(), port.device());
    }

    @Override
    protected String title() {
        return getString("trace.title", trace.map(t -> java.util.Map.of("port", CableText.port(t.start()))));
    }

    @Override
    protected List<Crumb> crumbs() {
        PortRef start = trace.getObject().start();
        return List.of(Crumb.to(getString("trace.cables"), CableListPage.class, new PageParameters()),
                Crumb.to(start.device(), DevicePage.class, new PageParameters().set("id", start.deviceId())),
                Crumb.here(start.port()));
    }

    @Override
    protected void onDetach() {
        trace.detach();
        super.onDetach();
    }
}
