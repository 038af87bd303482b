package io.dcim.web;

import io.dcim.web.home.HomePage;
import org.apache.wicket.Page;
import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.protocol.http.WebApplication;

/** The Wicket application: holds the services and mounts the pages. */
public final class DcimWicketApplication extends WebApplication {

    private final Services services;
    private final RuntimeConfigurationType configurationType;

    public DcimWicketApplication(Services services, RuntimeConfigurationType configurationType) {
        this.services = services;
        this.configurationType = configurationType;
    }

    public static DcimWicketApplication get() {
        return (DcimWicketApplication) WebApplication.get();
    }

    public Services services() {
        return services;
    }

    @Override
    public Class<? extends Page> getHomePage() {
        return HomePage.class;
    }

    @Override
    public RuntimeConfigurationType getConfigurationType() {
        return configurationType;
    }

    @Override
    protected void init() {
        super.init();
        getMarkupSettings().setStripWicketTags(true);
        getCspSettings().blocking().disabled();
        mountPage("/home", HomePage.class);
    }
}
