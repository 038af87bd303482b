package io.dcim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the console's form as a browser would (a same-origin post), with the client's cookies. */
public final class FormSignIn {

    private FormSignIn() {
    }

    /** The page the sign-in lands on. */
    public static HttpResponse<String> signIn(HttpClient http, URI base, String username, String password)
            throws Exception {
        String page = http.send(HttpRequest.newBuilder(base.resolve("/signin")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).as("sign-in form on %s", page).isTrue();
        HttpRequest post = HttpRequest.newBuilder(base.resolve("/").resolve(action.group(1).replace("&amp;", "&")))
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, UTF_8)
                        + "&password=" + URLEncoder.encode(password, UTF_8)))
                .build();
        return http.send(post, HttpResponse.BodyHandlers.ofString());
    }
}
