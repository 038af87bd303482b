package io.dcim.power.profile;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The profiles known to the application: the shipped ones (listed in {@code /snmp-profiles/profiles.list},
 * because a classpath directory cannot be listed inside a jar) plus any from an admin directory, which
 * override shipped profiles of the same id, plus those an admin adds at run time ({@link #register}), which the
 * next sweep uses. Readers see one consistent set: each change swaps in a new immutable map.
 */
public final class ProfileCatalog {

    private static final String BUILT_IN_DIR = "/snmp-profiles/";

    private volatile Map<String, DeviceProfile> byId;
    /** The profiles the catalog was built with (shipped or from the directory): never replaced at run time. */
    private final java.util.Set<String> fixedIds;

    private ProfileCatalog(Map<String, DeviceProfile> byId) {
        this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        this.fixedIds = java.util.Set.copyOf(byId.keySet());
    }

    /** Whether the profile came with the application (or its profile directory) rather than from an admin. */
    public boolean isFixed(String id) {
        return fixedIds.contains(id);
    }

    /** Adds or replaces a profile added at run time; a fixed profile's id is refused. */
    public synchronized void register(DeviceProfile profile) {
        if (fixedIds.contains(profile.id())) {
            throw new ConflictException("id", Message.of("power.profile.shipped", profile.id()));
        }
        Map<String, DeviceProfile> next = new LinkedHashMap<>(byId);
        next.put(profile.id(), profile);
        byId = java.util.Collections.unmodifiableMap(next);
    }

    /** Forgets a profile added at run time. */
    public synchronized void unregister(String id) {
        if (fixedIds.contains(id)) {
            throw new ConflictException("id", Message.of("power.profile.shippedNotRemovable", id));
        }
        Map<String, DeviceProfile> next = new LinkedHashMap<>(byId);
        next.remove(id);
        byId = java.util.Collections.unmodifiableMap(next);
    }

    public static ProfileCatalog builtIn() {
        return new ProfileCatalog(index(loadBuiltIn()));
    }

    /** Shipped profiles, overridden or extended by every {@code *.json} in {@code directory}. */
    public static ProfileCatalog builtInPlus(Path directory) {
        Map<String, DeviceProfile> profiles = new LinkedHashMap<>(index(loadBuiltIn()));
        profiles.putAll(index(loadDirectory(directory)));
        return new ProfileCatalog(profiles);
    }

    public static List<DeviceProfile> loadDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(ProfileLoader::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list profile directory " + directory, e);
        }
    }

    public Collection<DeviceProfile> all() {
        return byId.values();
    }

    public DeviceProfile get(String id) {
        DeviceProfile p = byId.get(id);
        if (p == null) {
            throw new NotFoundException(DeviceProfile.NOUN, id);
        }
        return p;
    }

    /**
     * The profile for a device: the longest matching sysObjectID prefix wins (vendor subtree beats
     * enterprise root); without a match, a profile naming the model.
     */
    public Optional<DeviceProfile> select(String sysObjectId, String model) {
        if (sysObjectId != null && !sysObjectId.isBlank()) {
            String oid = sysObjectId.startsWith(".") ? sysObjectId.substring(1) : sysObjectId;
            Optional<Map.Entry<String, DeviceProfile>> best = byId.values().stream()
                    .flatMap(p -> p.sysObjectIdPrefixes().stream().map(prefix -> Map.entry(prefix, p)))
                    .filter(e -> oid.equals(e.getKey()) || oid.startsWith(e.getKey() + "."))
                    .max(Comparator.comparingInt(e -> e.getKey().length()));
            if (best.isPresent()) {
                return Optional.of(best.get().getValue());
            }
        }
        if (model != null && !model.isBlank()) {
            String wanted = model.toLowerCase(Locale.ROOT);
            return byId.values().stream()
                    .filter(p -> p.models().stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).equals(wanted)))
                    .findFirst();
        }
        return Optional.empty();
    }

    private static List<DeviceProfile> loadBuiltIn() {
        List<DeviceProfile> out = new ArrayList<>();
        for (String name : builtInNames()) {
            try (InputStream in = ProfileCatalog.class.getResourceAsStream(BUILT_IN_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("profiles.list names missing resource " + BUILT_IN_DIR + name);
                }
                out.add(ProfileLoader.parse(name, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static List<String> builtInNames() {
        try (InputStream in = ProfileCatalog.class.getResourceAsStream(BUILT_IN_DIR + "profiles.list")) {
            if (in == null) {
                throw new IllegalStateException("missing " + BUILT_IN_DIR + "profiles.list");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, DeviceProfile> index(List<DeviceProfile> profiles) {
        Map<String, DeviceProfile> out = new LinkedHashMap<>();
        for (DeviceProfile p : profiles) {
            if (out.put(p.id(), p) != null) {
                throw new ConflictException("profile.id", Message.of("power.profile.duplicate", p.id()));
            }
        }
        return out;
    }
}
