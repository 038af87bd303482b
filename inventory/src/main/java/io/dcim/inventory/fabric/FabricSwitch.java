package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.inventory.port.PortKind;
import io.dcim.inventory.port.PortTemplate;
import java.util.List;

/**
 * A catalog switch model as the planner sees it: its fabric ports are the fastest active ports it
 * has (a QM9700's 64 NDR ports, not its management port), so radix and speed come from its port
 * templates rather than being typed in.
 */
public record FabricSwitch(long modelId, String model, int radix, int portSpeedGbps) {

    static FabricSwitch of(long modelId, String model, List<PortTemplate> templates, String field) {
        int speed = templates.stream().map(PortTemplate::getKind).filter(k -> !k.isPassive())
                .mapToInt(PortKind::speedGbps).max().orElse(0);
        int radix = templates.stream().filter(t -> !t.getKind().isPassive() && t.getKind().speedGbps() == speed)
                .mapToInt(PortTemplate::getCount).sum();
        if (speed == 0 || radix < 4) {
            throw new InvalidValueException(field, Message.of("inventory.fabric.notASwitch", model));
        }
        return new FabricSwitch(modelId, model, radix, speed);
    }
}
