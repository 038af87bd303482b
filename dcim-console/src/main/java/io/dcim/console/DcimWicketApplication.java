package io.dcim.console;

import io.dcim.app.Services;
import io.dcim.app.config.SessionLimits;
import io.dcim.common.audit.Actor;
import io.dcim.console.auth.ApiTokensPage;
import io.dcim.console.auth.ChangePasswordPage;
import io.dcim.console.auth.CrossSiteListenerGuard;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.auth.SessionGuard;
import io.dcim.console.auth.SignInPage;
import io.dcim.console.auth.UsersPage;
import io.dcim.console.cabinet.CabinetListPage;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.device.DevicePage;
import io.dcim.console.device.PlaceDevicePage;
import io.dcim.console.gpu.GpuListPage;
import io.dcim.console.history.HistoryPage;
import io.dcim.console.home.HomePage;
import io.dcim.console.room.RoomPage;
import io.dcim.console.search.SearchPage;
import io.dcim.console.transfer.ExportResource;
import io.dcim.console.transfer.ImportPage;
import io.dcim.console.wiring.ServicesInjector;
import java.time.Clock;
import org.apache.wicket.Page;
import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.Session;
import org.apache.wicket.authroles.authentication.AbstractAuthenticatedWebSession;
import org.apache.wicket.authroles.authentication.AuthenticatedWebApplication;
import org.apache.wicket.csp.CSPDirective;
import org.apache.wicket.csp.CSPDirectiveSrcValue;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.protocol.http.ResourceIsolationRequestCycleListener;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;

/** The Wicket application: holds the services, mounts the pages, requires sign-in. */
public final class DcimWicketApplication extends AuthenticatedWebApplication {

    private final Services services;
    private final RuntimeConfigurationType configurationType;
    private final boolean refuseCrossSiteRequests;
    private SessionLimits sessionLimits = SessionLimits.DEFAULT;

    /**
     * @param refuseCrossSiteRequests the CSRF defence; off only for WicketTester, whose mock
     *                                requests carry none of the headers browsers send
     */
    public DcimWicketApplication(Services services, RuntimeConfigurationType configurationType,
            boolean refuseCrossSiteRequests) {
        this.services = services;
        this.configurationType = configurationType;
        this.refuseCrossSiteRequests = refuseCrossSiteRequests;
    }

    /** How long console sessions live, and the clock they are timed with (tests move it). */
    public DcimWicketApplication withSessions(SessionLimits limits, Clock sessionClock) {
        this.sessionLimits = limits;
        setMetaData(DcimSession.CLOCK, sessionClock);
        return this;
    }


    public Services services() {
        return services;
    }

    @Override
    public Class<? extends Page> getHomePage() {
        return HomePage.class;
    }

    @Override
    protected Class<? extends AbstractAuthenticatedWebSession> getWebSessionClass() {
        return DcimSession.class;
    }

    @Override
    protected Class<? extends WebPage> getSignInPageClass() {
        return SignInPage.class;
    }

    @Override
    public RuntimeConfigurationType getConfigurationType() {
        return configurationType;
    }

    /**
     * Wicket's strict policy (scripts only with the page's nonce) plus no framing and forms
     * posting only here. Styles allow inline attributes: the bars and gauges are sized with
     * style="width:…%", and a nonce would make browsers ignore 'unsafe-inline'.
     */
    private void contentSecurityPolicy() {
        getCspSettings().blocking().strict()
                .remove(CSPDirective.STYLE_SRC)
                .add(CSPDirective.STYLE_SRC, CSPDirectiveSrcValue.SELF, CSPDirectiveSrcValue.UNSAFE_INLINE)
                .add(CSPDirective.FRAME_ANCESTORS, CSPDirectiveSrcValue.NONE)
                .add(CSPDirective.FORM_ACTION, CSPDirectiveSrcValue.SELF);
    }

    @Override
    protected void init() {
        super.init();
        // Components declare @Inject Services and get them here.
        ServicesInjector.install(this, services);
        getMarkupSettings().setStripWicketTags(true);
        contentSecurityPolicy();
        // Refuses cross-site form posts (Fetch Metadata and Origin checks): the CSRF defence.
        if (refuseCrossSiteRequests) {
            getRequestCycleListeners().add(new ResourceIsolationRequestCycleListener());
        }
        // ... and every other listener (links, Ajax) a cross-site page could trigger with a GET.
        getRequestCycleListeners().add(new CrossSiteListenerGuard());
        getRequestCycleListeners().add(new SessionGuard(sessionLimits));
        // A link that changes something, called by a GET, is refused (403): changes are posted (PostAction).
        getRequestCycleListeners().add(new io.dcim.console.auth.ChangeOnGetGuard());
        // 403 (forged controls too), 404 and 500 inside the console's frame, with the right status.
        io.dcim.console.layout.error.ErrorPages.install(this);
        // An unreachable database is a bare 503 with a retry hint: the frame itself needs the database (the
        // session's credential check), so the listener answers before any page is built.
        getRequestCycleListeners().add(new io.dcim.console.text.DatabaseOutageListener());
        // Every text field refuses control characters.
        getComponentInitializationListeners().add(io.dcim.console.text.ControlCharacterValidator.INSTALLER);
        mountPage("/home", HomePage.class);
        mountPage("/signin", SignInPage.class);
        mountPage("/cabinets", CabinetListPage.class);
        mountPage("/cabinet", CabinetPage.class);
        mountPage("/device", DevicePage.class);
        mountPage("/gpus", GpuListPage.class);
        mountPage("/gpu-new", io.dcim.console.gpu.GpuRegisterPage.class);
        mountPage("/place", PlaceDevicePage.class);
        mountPage("/tokens", ApiTokensPage.class);
        mountPage("/search", SearchPage.class);
        mountPage("/room", RoomPage.class);
        mountPage("/history", HistoryPage.class);
        mountPage("/users", UsersPage.class);
        mountPage("/password", ChangePasswordPage.class);
        mountPage("/devices", DeviceListPage.class);
        mountPage("/import", ImportPage.class);
        mountResource("/export/${list}", ExportResource.REFERENCE);
        io.dcim.console.purchase.PurchasePages.mount(this);
        io.dcim.console.power.PowerPages.mount(this);
        io.dcim.console.chain.ChainPages.mount(this);
        io.dcim.console.site.SitePages.mount(this);
        io.dcim.console.capacity.CapacityPages.mount(this);
        mountPage("/utilization", io.dcim.console.usage.UtilizationPage.class);
        mountPage("/usage/import", io.dcim.console.usage.UsageImportPage.class);
        mountPage("/usage/settings", io.dcim.console.usage.UsageSettingsPage.class);
        io.dcim.console.cabling.CablingPages.mount(this);
        io.dcim.console.label.LabelPages.mount(this);
        io.dcim.console.webhook.WebhookPages.mount(this);
        io.dcim.console.economics.EconomicsPages.mount(this);
        // Every change made while serving a page is recorded in the history under the signed-in user.
        getRequestCycleListeners().add(new IRequestCycleListener() {
            @Override
            public void onBeginRequest(RequestCycle cycle) {
                if (Session.exists() && DcimSession.get().principal() != null) {
                    Actor.set(DcimSession.get().principal().username());
                }
            }

            @Override
            public void onEndRequest(RequestCycle cycle) {
                Actor.clear();
            }
        });
    }
}
