package io.dcim.console.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;

class GpuListPageTest {

    @BothDatabases
    void opsAllocateTheTickedGpusToATenantInBulk(Database db) {
        Services services = WebTesting.demoSite(db);
        var firstTwo = services.gpuQueries().page(new GpuFilter(null, null, GpuStatus.IN_SERVICE, null, null),
                PageRequest.first(2, "serial")).items();
        var tenants = services.tenants().tenants();
        int index = 0;
        while (firstTwo.get(0).tenantId() != null && firstTwo.get(0).tenantId().equals(tenants.get(index).getId())
                || firstTwo.get(1).tenantId() != null && firstTwo.get(1).tenantId().equals(tenants.get(index).getId())) {
            index++; // a tenant neither card has yet, so the allocation must change both
        }
        long tenant = tenants.get(index).getId();
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(GpuListPage.class, new PageParameters().set("status", "IN_SERVICE"));
            FormTester form = tester.newFormTester("allocate");
            form.select("tenant", index);
            form.selectMultiple("selected", new int[] {0, 1});
            form.submit();

            tester.assertNoErrorMessage();
            tester.assertFeedbackMessages(new org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter(org.apache.wicket.feedback.FeedbackMessage.SUCCESS), "Allocated 2 GPUs to " + tenants.get(index).getName() + ".");
            assertThat(firstTwo).allSatisfy(gpu ->
                    assertThat(services.gpus().find(gpu.id()).getTenant().getId()).isEqualTo(tenant));
        }
    }

    @BothDatabases
    void analystsSeeTheListButCannotAllocate(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(GpuListPage.class, new PageParameters().set("status", "FAULTY"));

            tester.assertInvisible("allocate");
            DataTable<?, ?> table = (DataTable<?, ?>) tester.getComponentFromLastRenderedPage("readOnly");
            long faulty = services.gpuQueries().page(new GpuFilter(null, null, GpuStatus.FAULTY, null, null),
                    PageRequest.first(1, "serial")).total();
            assertThat(table.getItemCount()).isEqualTo(faulty).isPositive();
        }
    }
}
