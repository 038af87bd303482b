package io.dcim.power.demo;

import io.dcim.power.target.TargetSpec;
import io.dcim.power.target.TargetView;

/** A spec that keeps everything of a stored target, credentials included (null: keep the stored ones). */
final class TargetSpecs {

    private TargetSpecs() {
    }

    static TargetSpec of(TargetView v) {
        return new TargetSpec(v.name(), v.host(), v.port(), v.snmpVersion(), null, v.profileId(), v.intervalSeconds(),
                v.timeoutMs(), v.retries(), v.enabled(), v.siteId(), v.roomId(), v.cabinetId(), v.role(), v.feed(),
                v.breakerRatingA());
    }
}
