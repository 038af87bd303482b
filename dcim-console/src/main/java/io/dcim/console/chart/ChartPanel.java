package io.dcim.console.chart;

import org.apache.wicket.markup.html.image.NonCachingImage;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ByteArrayResource;
import org.apache.wicket.request.resource.DynamicImageResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.util.lang.Args;
import org.danekja.java.util.function.serializable.SerializableSupplier;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn on request as a PNG image, with PNG and SVG download links beside it. The
 * chart is built from its supplier each time, so the page keeps only what the supplier captures
 * (ids and choices), never the data.
 */
public class ChartPanel extends Panel {

    private final SerializableSupplier<JFreeChart> chart;
    private final int width;
    private final int height;

    public ChartPanel(String id, SerializableSupplier<JFreeChart> chart, int width, int height, String fileName) {
        super(id);
        this.chart = Args.notNull(chart, "chart");
        this.width = width;
        this.height = height;
        add(new NonCachingImage("image", new DynamicImageResource("png") {
            @Override
            protected byte[] getImageData(IResource.Attributes attributes) {
                return Charts.png(ChartPanel.this.chart.get(), ChartPanel.this.width, ChartPanel.this.height);
            }
        }));
        add(new ResourceLink<>("png", download(ChartFormat.PNG, fileName)));
        add(new ResourceLink<>("svg", download(ChartFormat.SVG, fileName)));
    }

    private AbstractResource download(ChartFormat format, String fileName) {
        return new ByteArrayResource(format.contentType()) {
            @Override
            protected byte[] getData(IResource.Attributes attributes) {
                return format.render(chart.get(), width, height);
            }

            @Override
            protected void configureResponse(ResourceResponse response, IResource.Attributes attributes) {
                super.configureResponse(response, attributes);
                response.setFileName(fileName + "." + format.extension());
                response.setContentDisposition(org.apache.wicket.request.resource.ContentDisposition.ATTACHMENT);
                response.disableCaching();
            }
        };
    }
}
