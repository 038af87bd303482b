package io.dcim.console.wiring;

import io.dcim.console.auth.DcimSession;

/**
 * A download or chart for people signed in to the console. Without a session it answers {@code status} at once: it
 * has nobody to act for, and the sign-in page is no answer to an {@code img} or a file link. What the signed-in
 * caller may see is the application layer's to decide in {@link #respond}.
 */
public abstract class SignedInResource extends ServicesResource {

    private final int status;
    private final String why;

    protected SignedInResource(int status, String why) {
        this.status = status;
        this.why = why;
    }

    @Override
    protected final ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        DcimSession session = DcimSession.get();
        if (!session.isSignedIn()) {
            return response.setError(status, why);
        }
        return respond(session, attributes, response);
    }

    protected abstract ResourceResponse respond(DcimSession session, Attributes attributes, ResourceResponse response);
}
