package io.dcim.console.chain;

import io.dcim.power.chain.SourceKind;
import org.apache.wicket.Component;

/** The chain's enums as people read them, mapped one by one to keys of the page's bundle. */
final class ChainWords {

    private ChainWords() {
    }

    static String kind(Component on, SourceKind kind) {
        if (kind == null) {
            return "";
        }
        return on.getString(switch (kind) {
            case UTILITY -> "kind.utility";
            case UPS -> "kind.ups";
            case GENERATOR -> "kind.generator";
        });
    }
}
