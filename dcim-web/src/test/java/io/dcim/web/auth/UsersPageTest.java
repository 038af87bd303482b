package io.dcim.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.web.Services;
import io.dcim.web.WebTesting;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

class UsersPageTest {

    @BothDatabases
    void anAdministratorAddsAUserWhoCanThenSignIn(Database db) {
        Services services = WebTesting.services(db);
        WicketTester tester = WebTesting.signedIn(services, Role.ADMIN);
        try {
            tester.startPage(UsersPage.class);
            FormTester form = tester.newFormTester("create");
            form.setValue("username", "ivan");
            form.setValue("displayName", "Ivan Ops");
            form.setValue("password", "a brand new password");
            form.selectMultiple("roles", new int[] {1}, true);
            form.submit();

            tester.assertInfoMessages("User ivan created.");
            assertThat(services.users().signIn("ivan", "a brand new password").principal().roles()).containsExactly(Role.OPS);
        } finally {
            tester.destroy();
        }
    }

    @BothDatabases
    void aShortPasswordIsRefusedNamingTheField(Database db) {
        WicketTester tester = WebTesting.signedIn(WebTesting.services(db), Role.ADMIN);
        try {
            tester.startPage(UsersPage.class);
            FormTester form = tester.newFormTester("create");
            form.setValue("username", "judy");
            form.setValue("password", "short");
            form.submit();

            tester.assertErrorMessages("password: must be at least 12 characters");
        } finally {
            tester.destroy();
        }
    }

    @BothDatabases
    void onlyAdministratorsMayOpenIt(Database db) {
        WicketTester tester = WebTesting.signedIn(WebTesting.services(db), Role.MANAGER);
        try {
            assertThatThrownBy(() -> tester.startPage(UsersPage.class)).isInstanceOf(UnauthorizedInstantiationException.class);
        } finally {
            tester.destroy();
        }
    }
}
