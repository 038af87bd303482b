package io.dcim.power.webhook;

/**
 * What a destination expects: plain JSON signed with HMAC-SHA256, or one of the group robots ops teams in China
 * read their alarms in, each in its documented message format.
 */
public enum WebhookFormat {
    /** The event as JSON; {@code X-Dcim-Signature: sha256=…} over the timestamp and the body. A secret is required. */
    JSON(true, true),
    /** DingTalk custom robot: {@code {"msgtype":"text",…}}; with a secret, the URL carries timestamp and sign. */
    DINGTALK(true, false),
    /** WeCom (企业微信) group robot: {@code {"msgtype":"text",…}}; its key is in the URL, it signs nothing. */
    WECOM(false, false),
    /** Feishu custom bot: {@code {"msg_type":"text",…}}; with a secret, the body carries timestamp and sign. */
    FEISHU(true, false);

    private final boolean takesSecret;
    private final boolean needsSecret;

    WebhookFormat(boolean takesSecret, boolean needsSecret) {
        this.takesSecret = takesSecret;
        this.needsSecret = needsSecret;
    }

    public boolean takesSecret() {
        return takesSecret;
    }

    public boolean needsSecret() {
        return needsSecret;
    }

    /** A robot answers 200 with an error code in its body when it refuses a message. */
    public boolean isRobot() {
        return this != JSON;
    }
}
