package io.dcim.common.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceQueries;
import io.dcim.testing.BothDatabases;

/** A search box that received a control character (a console filter in the URL) still searches, on both databases. */
class LikeTest {

    @BothDatabases
    void aNulInASearchTextIsDroppedLikeAWildcardInsteadOfFailingOnPostgresql(Database db) {
        assertThat(Like.contains("a\u0000b_%")).isEqualTo("%AB%");
        Page<?> page = new DeviceQueries(db).page(new DeviceFilter(null, null, null, null, null, null, "IM\u0000-SRV"),
                PageRequest.first(10, "assetTag"));
        assertThat(page.total()).isZero();
    }
}
