package io.dcim.identity.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table of roles and permissions is what operators read before they hand out roles: it must say
 * what {@link RolePermissions} grants, and name every permission there is.
 */
class RolePermissionsDocumentedTest {

    private static final Pattern ROW = Pattern.compile("^\\| (admin|ops|manager|analyst) \\| (.+) \\|$", Pattern.MULTILINE);

    @Test
    void theReadmeTableGrantsWhatTheCodeGrants() throws IOException {
        String readme = readme();
        Matcher row = ROW.matcher(readme);
        int rows = 0;
        while (row.find()) {
            rows++;
            Role role = Role.valueOf(row.group(1).toUpperCase(Locale.ROOT));
            Set<String> documented = documented(row.group(2));
            assertThat(documented).as("README's row for %s", role).isEqualTo(codes(RolePermissions.of(role)));
        }
        assertThat(rows).as("one README row per role, no more").isEqualTo(Role.values().length);
    }

    @Test
    void theReadmeNamesEveryPermission() throws IOException {
        String readme = readme();
        assertThat(EnumSet.allOf(Permission.class)).allSatisfy(permission ->
                assertThat(readme).as("README names %s", permission).contains("`" + permission.code() + "`"));
    }

    /** "read, device.edit, …", or "all" and "all but x, y". */
    private static Set<String> documented(String cell) {
        if (cell.equals("all") || cell.startsWith("all but ")) {
            Set<String> all = codes(EnumSet.allOf(Permission.class));
            if (cell.startsWith("all but ")) {
                all.removeAll(list(cell.substring("all but ".length())));
            }
            return all;
        }
        return list(cell);
    }

    private static Set<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> codes(Set<Permission> permissions) {
        return permissions.stream().map(Permission::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String readme() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("identity")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return Files.readString(dir.resolve("README.md"));
    }
}
