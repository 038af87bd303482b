package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;

/**
 * Refusals read in the language the client asks for: the sentence changes, the status, the field path
 * and the error kind do not, and English stays exactly what it always was.
 */
class ApiLanguageIT {

    @BothDatabases
    void refusalsAreWordedInChineseWhenTheClientAsksForItAndInEnglishOtherwise(Database db) throws Exception {
        Services services = WebTesting.services(db);
        WebTesting.roleUsers(services, Role.OPS, Role.ANALYST);
        try (ApiClient api = new ApiClient(services).basic("ops", WebTesting.PASSWORD)) {
            ApiClient.Reply english = api.get("/devices/99999999");
            assertThat(english.status()).isEqualTo(404);
            assertThat(english.json().get("error").asText()).isEqualTo("device 99999999 does not exist");
            assertThat(english.contentLanguage()).isEqualTo("en");

            ApiClient.Reply chinese = api.language("zh-CN,zh;q=0.9,en;q=0.8").get("/devices/99999999");
            assertThat(chinese.status()).isEqualTo(404);
            assertThat(chinese.json().get("error").asText()).isEqualTo("设备 99999999 不存在");
            assertThat(chinese.json().get("detail").asText()).isEqualTo(english.json().get("detail").asText());
            assertThat(chinese.contentLanguage()).isEqualTo("zh-CN");

            assertThat(api.language("en-US,en;q=0.9,zh;q=0.5").get("/devices/99999999").json().get("error").asText())
                    .as("English ranked first").isEqualTo("device 99999999 does not exist");
            assertThat(api.language("zh").get("/devices/99999999").json().get("error").asText())
                    .as("a bare zh").isEqualTo("设备 99999999 不存在");
            assertThat(api.language("fr-FR;q=oops").get("/devices/99999999").json().get("error").asText())
                    .as("a malformed header").isEqualTo("device 99999999 does not exist");

            ApiClient.Reply refused = api.basic("analyst", WebTesting.PASSWORD).language("zh-CN")
                    .send("POST", "/devices", "{\"assetTag\":\"X\"}");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).startsWith("此操作需要权限 device.edit").contains("ops");
        }
    }

    /** The error mapper is shared by every call: it must read the request it answers, not the first one it saw. */
    @BothDatabases
    void eachErrorAnswerReadsItsOwnRequest(Database db) throws Exception {
        Services services = WebTesting.services(db);
        try (ApiClient api = ApiClient.as(services, Role.OPS)) {
            assertThat(api.get("/nothing-a").json().get("error").asText()).endsWith("/api/v1/nothing-a");
            assertThat(api.get("/nothing-b").json().get("error").asText()).endsWith("/api/v1/nothing-b");
            assertThat(api.send("DELETE", "/sites", null).json().get("error").asText()).startsWith("DELETE");
        }
    }

    /**
     * The API's own refusals (credentials, body, query parameters, required fields, unknown
     * addresses) are worded per Accept-Language too: Chinese for a Chinese client, the same
     * English as ever otherwise; status and field do not change.
     */
    @BothDatabases
    void theApisOwnRefusalsAreWordedInTheAskedLanguage(Database db) throws Exception {
        Services services = WebTesting.services(db);
        WebTesting.roleUsers(services, Role.OPS);
        try (ApiClient api = new ApiClient(services).language("zh-CN")) {
            ApiClient.Reply anonymous = api.get("/sites");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("error").asText()).startsWith("请使用 HTTP Basic");
            assertThat(anonymous.contentLanguage()).isEqualTo("zh-CN");

            api.basic("ops", WebTesting.PASSWORD);
            ApiClient.Reply page = api.get("/devices?size=lots");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.json().get("field").asText()).isEqualTo("size");
            assertThat(page.json().get("error").asText()).isEqualTo("size：“lots”不是数字");

            ApiClient.Reply unknown = api.send("POST", "/demand", "{\"colour\":\"red\"}");
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.json().get("field").asText()).isEqualTo("colour");
            assertThat(unknown.json().get("error").asText()).startsWith("colour：不是此请求的字段；可用字段为 ");

            ApiClient.Reply missing = api.send("POST", "/forecast", "{}");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().get("field").asText()).isEqualTo("series");
            assertThat(missing.json().get("error").asText()).isEqualTo("series：为必填项：一个数字数组");

            assertThat(api.get("/nothing").json().get("error").asText()).isEqualTo("没有这个资源：/api/v1/nothing");

            api.language(null);
            assertThat(api.get("/devices?size=lots").json().get("error").asText()).isEqualTo("size: 'lots' is not a number");
            assertThat(api.send("POST", "/forecast", "{}").json().get("error").asText())
                    .isEqualTo("series: is required: an array of numbers");
            ApiClient.Reply english = api.send("POST", "/demand", "{\"colour\":\"red\"}");
            assertThat(english.json().get("error").asText()).startsWith("colour: is not a field of this request; the fields are ");
            assertThat(english.contentLanguage()).isEqualTo("en");
        }
    }
}
