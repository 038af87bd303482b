package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.junit.jupiter.api.Test;

class UrlParamsTest {

    @Test
    void aFilterWithAControlCharacterIsIgnoredLikeOneThatDoesNotParse() {
        PageParameters parameters = new PageParameters().set("q", "A07\u0000").set("tenant", "  Moonshot ")
                .set("room", "12x");

        assertThat(UrlParams.text(parameters, "q")).isNull();
        assertThat(UrlParams.text(parameters, "tenant")).isEqualTo("Moonshot");
        assertThat(UrlParams.longParam(parameters, "room")).isNull();
    }
}
