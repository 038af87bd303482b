package io.dcim.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteTemplateTest {

    @Test
    void idsAndNamesWithDigitsBecomePlaceholders() {
        assertThat(RouteTemplate.of("/api/v1/sites/12/power", 200)).isEqualTo("/api/v1/sites/{id}/power");
        assertThat(RouteTemplate.of("/cabinets/A-07", 200)).isEqualTo("/cabinets/{id}");
        assertThat(RouteTemplate.of("/api/v1/devices/3f2a9c1e-0000-4000-8000-000000000000", 200))
                .isEqualTo("/api/v1/devices/{id}");
        assertThat(RouteTemplate.of("/search/%E6%9C%BA%E6%9F%9C", 200)).isEqualTo("/search/{id}");
    }

    @Test
    void resourceTreesAndLongPathsStayBounded() {
        assertThat(RouteTemplate.of("/wicket/resource/org.apache.wicket.Foo/jquery-3.7.1-ver-17.js", 200))
                .isEqualTo("/wicket/resource/**");
        assertThat(RouteTemplate.of("/api/docs/swagger-ui.css", 200)).isEqualTo("/api/docs/**");
        assertThat(RouteTemplate.of("/a/b/c/d/e/f/g/h", 200)).isEqualTo("/a/b/c/d/e/f/**");
    }

    @Test
    void notFoundIsOneRouteWhateverWasAskedAndSessionIdsAreDropped() {
        assertThat(RouteTemplate.of("/no/such/page", 404)).isEqualTo("NOT_FOUND");
        assertThat(RouteTemplate.of("/signin;jsessionid=node0abc", 200)).isEqualTo("/signin");
        assertThat(RouteTemplate.of("/", 200)).isEqualTo("/");
        assertThat(RouteTemplate.of("", 302)).isEqualTo("/");
    }
}
