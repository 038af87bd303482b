package io.dcim.console.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.OpenTester;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.util.Map;
import org.apache.wicket.util.tester.WicketTester;
import java.util.List;
import java.util.Locale;

class TrainingCalculatorPageTest {

    @BothDatabases
    void answersCardsForADeadlineOnTheCatalogsH100(Database db) {
        Services services = WebTesting.services(db);
        services.catalog().ensureReferenceData();
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(TrainingCalculatorPage.class);
            tester.assertInvisible("result");
            tester.fill("form", Map.of("parametersBillions", "175", "tokensBillions", "300", "utilizationPercent", "40",
                    "mode:deadlineDays", "30")).select("gpuModel", indexOf(tester, "H100 SXM5 80GB")).submit();
            tester.assertNoErrorMessage();
            // 8 · 300e9 · 175e9 = 4.2e23 FLOP at 989.4 TFLOP/s × 0.4 over 30 days = 409.4 cards: 52 servers, 416 cards.
            tester.assertLabel("result:cardsNeeded", "416");
            tester.assertLabel("result:servers", "52");
            // 4.2e23 / 1e15 / 86,400 = 4,861 PF-days.
            tester.assertLabel("result:petaflopDays", "4,861");
            WebTesting.assertSerializable(tester.getLastRenderedPage());
        }
    }

    @BothDatabases
    void asksForTheCardsWhenTheQuestionIsHowLong(Database db) {
        Services services = WebTesting.services(db);
        services.catalog().ensureReferenceData();
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(TrainingCalculatorPage.class);
            assertThat(askedForNoCards(tester)).containsExactly("Give the number of cards");
            tester.assertInvisible("result");
        }
    }

    /** Asks how long a run takes without saying on how many cards: what is shown beside the cards field. */
    private static List<String> askedForNoCards(OpenTester tester) {
        tester.fill("form", Map.of("mode:cards", "")).select("mode", 1).submit();
        return tester.getFeedbackMessages(new org.apache.wicket.feedback.ComponentFeedbackMessageFilter(
                tester.getComponentFromLastRenderedPage("form:mode:cards"))).stream().map(m -> m.getMessage().toString())
                .toList();
    }

    private static int indexOf(WicketTester tester, String model) {
        @SuppressWarnings("unchecked")
        org.apache.wicket.markup.html.form.DropDownChoice<String> choice =
                (org.apache.wicket.markup.html.form.DropDownChoice<String>) tester.getComponentFromLastRenderedPage("form:gpuModel");
        int index = choice.getChoices().indexOf(model);
        assertThat(index).as("catalog card %s", model).isNotNegative();
        return index;
    }

    @BothDatabases
    void aChineseSessionIsAskedForTheCardsAndSendsTheRunToThePipelineInChinese(Database db) {
        Services services = WebTesting.services(db);
        services.catalog().ensureReferenceData();
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(TrainingCalculatorPage.class);
            assertThat(askedForNoCards(tester)).containsExactly("请填写卡数");

            tester.fill("form", Map.of("parametersBillions", "175", "tokensBillions", "3000",
                    "utilizationPercent", "40", "mode:deadlineDays", "30"))
                    .select("gpuModel", indexOf(tester, "H100 SXM5 80GB")).select("mode", 0).submit();
            tester.assertNoErrorMessage();
            tester.clickLink("result:toPipeline");
            tester.assertRenderedPage(PipelinePage.class);
            assertThat(tester.getLastResponseAsString()).as("the entry's note, in the reader's words")
                    .contains("训练任务：175B 参数，3,000B token，使用 ").doesNotContain("training run");
        }
    }
}
