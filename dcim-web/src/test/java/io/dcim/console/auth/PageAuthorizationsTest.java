package io.dcim.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Permission;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.junit.jupiter.api.Test;

/**
 * Pages declare the permission they need by its code ({@code @AuthorizeInstantiation("user.manage")}),
 * which the compiler cannot check: a misspelt code would lock everyone out of the page.
 */
class PageAuthorizationsTest {

    @Test
    void everyPageNeedsKnownPermissionsNeverRoleNames() {
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

    /** The console's classes, from its jar or its class folder (ArchUnit reads both). */
    private static List<Class<?>> consoleClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (JavaClass type : io.dcim.web.architecture.ProductClasses.get()) {
            if (type.getPackageName().startsWith("io.dcim.console")) {
                classes.add(type.reflect());
            }
        }
        return classes;
    }
}
