package io.dcim.web;

import io.dcim.app.config.AppConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The application as it runs, for the tests that speak HTTP (or drive a browser) to it. */
public final class TestServer {

    /** The admin's password, unless the settings say another. */
    public static final String ADMIN_PASSWORD = "an admin password";

    private TestServer() {
    }

    /**
     * The application on a fresh data directory and a free port, the admin's password {@link #ADMIN_PASSWORD}, and
     * the {@code settings} given (name, value, ...) on top: {@code "DCIM_DEMO", "off"}. The demo's year of power
     * history is left out unless the settings ask for it ({@code "DCIM_DEMO_POWER_HISTORY", "on"}): written in the
     * background, it took some 20 s of CPU from every start, which tests of anything but the charts do not read.
     * Passwords are hashed at {@link WebTesting#TEST_BCRYPT_COST}, as in the tests on the services themselves: the work
     * factor is not what these tests claim (AuthHardeningIT keeps the real one), and at the real one the start's two
     * hashes and every sign-in took a few hundred milliseconds of CPU each.
     */
    public static DcimServer start(Path dataDir, String... settings) throws Exception {
        Map<String, String> config = new HashMap<>(Map.of("DCIM_DATA_DIR", dataDir.toString(), "DCIM_PORT", "0",
                "DCIM_ADMIN_PASSWORD", ADMIN_PASSWORD, "DCIM_DEMO_POWER_HISTORY", "off"));
        for (int i = 0; i < settings.length; i += 2) {
            config.put(settings[i], settings[i + 1]);
        }
        return DcimServer.start(AppConfig.from(config), WebTesting.TEST_BCRYPT_COST);
    }
}
