package io.dcim.inventory.catalog;

import io.dcim.common.persistence.Chunks;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** What other modules ask about catalog models by id. */
public final class ModelDirectory {

    private ModelDirectory() {
    }

    /** Device model id → its GPU slots (unknown ids are left out). */
    public static Map<Long, Integer> gpuSlots(Session session, Collection<Long> deviceModelIds) {
        Map<Long, Integer> slots = new HashMap<>();
        for (List<Long> chunk : Chunks.of(deviceModelIds)) {
            session.createQuery("select m.id, m.gpuSlots from DeviceModel m where m.id in (:ids)", Object[].class)
                    .setParameter("ids", chunk).getResultList().forEach(row -> slots.put((Long) row[0], (Integer) row[1]));
        }
        return slots;
    }
}
