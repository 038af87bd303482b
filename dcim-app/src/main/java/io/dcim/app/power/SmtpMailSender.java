package io.dcim.app.power;

import io.dcim.power.alarm.MailSender;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alarm mail over SMTP with Jakarta Mail (Eclipse Angus). Mail goes out on a thread of its own, one at a time,
 * so a slow or unreachable relay never holds up the sweep that raised the alarm; at most {@value #QUEUE} mails wait,
 * further ones are dropped with a warning (the alarm list still has them). The password is given to the transport
 * only, never logged.
 */
public final class SmtpMailSender implements MailSender, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailSender.class);
    static final int QUEUE = 200;
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final SmtpSettings settings;
    private final Session session;
    private final ThreadPoolExecutor sending;

    public SmtpMailSender(SmtpSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail.smtp.auth", String.valueOf(settings.user() != null));
        if (settings.startTls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        this.session = Session.getInstance(p);
        this.sending = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "alarm-mail");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the mail; it is sent shortly after on the mail thread. */
    @Override
    public void send(List<String> to, String subject, String body) {
        try {
            sending.execute(() -> deliver(to, subject, body));
        } catch (RejectedExecutionException e) {
            log.warn("Alarm mail '{}' dropped: {} mails already waiting for {}", subject, QUEUE, settings.host());
        }
    }

    /** Sends now, on the caller's thread: what the queued sends do. */
    void deliver(List<String> to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (settings.user() != null) {
                Transport.send(message, settings.user(), settings.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            // The exception's text names the server and the SMTP reply, never the credentials.
            log.warn("Alarm mail '{}' to {} via {}:{} failed: {}", subject, to, settings.host(), settings.port(),
                    e.getMessage());
        }
    }

    /** Sends what is queued (waiting up to the timeout), then stops the mail thread. */
    @Override
    public void close() {
        sending.shutdown();
        try {
            if (!sending.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                sending.shutdownNow();
            }
        } catch (InterruptedException e) {
            sending.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
