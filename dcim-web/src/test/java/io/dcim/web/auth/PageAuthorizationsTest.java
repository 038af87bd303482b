package io.dcim.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Permission;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.junit.jupiter.api.Test;

/**
 * Pages declare the permission they need by its code ({@code @AuthorizeInstantiation("user.manage")}),
 * which the compiler cannot check: a misspelt code would lock everyone out of the page.
 */
class PageAuthorizationsTest {

    @Test
    void everyPageNeedsKnownPermissionsNeverRoleNames() throws Exception {
        List<String> declared = new ArrayList<>();
        for (Class<?> type : consoleClasses()) {
            AuthorizeInstantiation needs = type.getAnnotation(AuthorizeInstantiation.class);
            if (needs != null) {
                for (String code : needs.value()) {
                    assertThat(Permission.ofCode(code)).as(type.getSimpleName() + " needs '" + code + "'").isPresent();
                    declared.add(code);
                }
            }
        }
        assertThat(declared).as("the pages found").contains("read", "user.manage", "power.configure");
    }

    private static List<Class<?>> consoleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(io.dcim.web.layout.BasePage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, PageAuthorizationsTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
