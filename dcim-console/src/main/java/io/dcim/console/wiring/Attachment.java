package io.dcim.console.wiring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.handler.resource.ResourceStreamRequestHandler;
import org.apache.wicket.request.resource.AbstractResource.ResourceResponse;
import org.apache.wicket.request.resource.AbstractResource.WriteCallback;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.util.resource.AbstractResourceStreamWriter;

/**
 * The answer of a console download once everything that could refuse it has been decided: a file saved under
 * its name, never cached, its bytes written while Wicket sends it (headers cannot be taken back once it streams);
 * from a resource ({@link #of}) or from a page's form ({@link #afterCurrent}).
 */
public final class Attachment {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Attachment() {
    }

    public static ResourceResponse of(String contentType, String fileName, Body body) {
        ResourceResponse response = new ResourceResponse();
        response.setContentType(contentType);
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setFileName(fileName);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(org.apache.wicket.request.resource.IResource.Attributes attributes) {
                try {
                    body.write(attributes.getResponse().getOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return response;
    }

    /** Sends the file in answer to the request under way (a form's submit), in place of its page. */
    public static void afterCurrent(RequestCycle cycle, String contentType, String fileName, Body body) {
        AbstractResourceStreamWriter stream = new AbstractResourceStreamWriter() {
            @Override
            public void write(OutputStream out) throws IOException {
                body.write(out);
            }

            @Override
            public String getContentType() {
                return contentType;
            }
        };
        cycle.scheduleRequestHandlerAfterCurrent(new ResourceStreamRequestHandler(stream, fileName)
                .setContentDisposition(ContentDisposition.ATTACHMENT));
    }
}
