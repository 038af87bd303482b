package io.dcim.power.snmp;

import io.dcim.power.collect.PollOutcome;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Target;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The state of one poll of one target: scalar GETs and one multi-column table walk run side by side, and
 * the poll completes when every part has finished. All mutation happens under this object's monitor because
 * answers arrive on SNMP4J's listener thread and timeouts on its timer thread.
 */
final class TargetPoll {

    private static final Map<OID, String> USM_REPORTS = Map.of(
            SnmpConstants.usmStatsUnknownUserNames, "unknown user name",
            SnmpConstants.usmStatsWrongDigests, "wrong authentication passphrase (wrong digest)",
            SnmpConstants.usmStatsDecryptionErrors, "wrong privacy passphrase or protocol (decryption error)",
            SnmpConstants.usmStatsUnsupportedSecLevels, "unsupported security level",
            SnmpConstants.usmStatsNotInTimeWindows, "not in time window",
            SnmpConstants.usmStatsUnknownEngineIDs, "unknown engine ID");

    private final SnmpPoller poller;
    private final PollTarget target;
    private final UdpAddress address;
    private final CompletableFuture<PollResult> result = new CompletableFuture<>();
    private final Instant polledAt;
    /** The requested objects in SNMP4J's terms; dcim's Oid and SnmpValue are only the edges (request, result). */
    private final List<Asked> scalars;
    private final List<Asked> columns;
    private final TreeMap<Oid, SnmpValue> values = new TreeMap<>();
    private final Map<OID, PollOutcome> problems = new LinkedHashMap<>();
    private Target<UdpAddress> snmpTarget;
    /** The SNMPv3 engine ID the requests were sent to; null for v1/v2c or before discovery. */
    private OctetString usedEngineId;
    private int pendingParts;
    private long firstSentNanos;
    private boolean timedOut;
    private boolean unreachable;
    private boolean truncated;
    private String authFailure;
    private String detail;

    TargetPoll(SnmpPoller poller, PollTarget target) {
        this.poller = poller;
        this.target = target;
        this.address = new UdpAddress(target.address().getAddress(), target.address().getPort());
        this.polledAt = poller.config().clock().instant();
        this.scalars = Asked.all(target.scalars());
        this.columns = Asked.all(target.columns());
    }

    CompletableFuture<PollResult> result() {
        return result;
    }

    static PollResult backedOff(PollTarget t, Instant now, Instant until, int failures) {
        return new PollResult(t.id(), PollOutcome.BACKED_OFF, Duration.ZERO, now, new TreeMap<>(), Map.of(),
                "skipped after " + failures + " consecutive failures; next attempt after " + until);
    }

    static PollResult closed(PollTarget t, Instant now) {
        return new PollResult(t.id(), PollOutcome.UNREACHABLE, Duration.ZERO, now, new TreeMap<>(), Map.of(),
                "poller closed");
    }

    /** Whether the target's address can be sent to: resolved, and not the wildcard address (this machine). */
    static boolean hasSendableAddress(PollTarget t) {
        return !t.address().isUnresolved() && !t.address().getAddress().isAnyLocalAddress();
    }

    static PollResult unsendable(PollTarget t, Instant now) {
        String why = t.address().isUnresolved()
                ? "host name " + t.address().getHostString() + " does not resolve; nothing was sent"
                : "the wildcard address " + t.address().getAddress().getHostAddress()
                        + " reaches this machine, not an agent; nothing was sent";
        return new PollResult(t.id(), PollOutcome.UNREACHABLE, Duration.ZERO, now, new TreeMap<>(), Map.of(), why);
    }

    void start() {
        if (scalars.isEmpty() && columns.isEmpty()) {
            result.complete(build());
            return;
        }
        if (target.credentials() instanceof SnmpCredentials.Usm usm) {
            poller.prepareUsm(target, address, usm).whenComplete((engineId, error) -> {
                if (engineId == null) {
                    synchronized (this) {
                        timedOut = true;
                        detail = "no answer to SNMPv3 engine-ID discovery" + (error == null ? "" : ": " + error.getMessage());
                    }
                    result.complete(build());
                } else {
                    synchronized (this) {
                        usedEngineId = engineId;
                    }
                    snmpTarget = SnmpPoller.userTarget(target, address, usm, engineId);
                    startParts();
                }
            });
        } else {
            snmpTarget = SnmpPoller.communityTarget(target, address, (SnmpCredentials.Community) target.credentials());
            startParts();
        }
    }

    void abort(String reason) {
        synchronized (this) {
            unreachable = true;
            detail = reason;
        }
        result.complete(build());
    }

    private void startParts() {
        List<List<Asked>> chunks = new ArrayList<>();
        int size = poller.config().scalarsPerRequest();
        for (int i = 0; i < scalars.size(); i += size) {
            chunks.add(scalars.subList(i, Math.min(i + size, scalars.size())));
        }
        synchronized (this) {
            pendingParts = chunks.size() + (columns.isEmpty() ? 0 : 1);
        }
        chunks.forEach(this::get);
        if (!columns.isEmpty()) {
            new Walk(columns).step();
        }
    }

    // ---- scalars ---------------------------------------------------------------------------------------

    private void get(List<Asked> oids) {
        PDU pdu = newPdu(PDU.GET);
        oids.forEach(o -> pdu.add(new VariableBinding(o.oid())));
        poller.request(target, snmpTarget, pdu, this::markSent, answer -> guarded(() -> onGet(oids, answer)));
    }

    private void onGet(List<Asked> oids, SnmpPoller.Answer answer) {
        boolean resent = false;
        synchronized (this) {
            PDU response = answer.response();
            if (!isUsable(answer, oids)) {
                // recorded by isUsable
            } else if (response.getErrorStatus() == PDU.noSuchName && response.getErrorIndex() > 0
                    && response.getErrorIndex() <= oids.size()) {
                // SNMPv1 answers a missing object by failing the whole GET; drop that OID and ask again.
                List<Asked> rest = new ArrayList<>(oids);
                problems.put(rest.remove(response.getErrorIndex() - 1).oid(), PollOutcome.NO_SUCH_OBJECT);
                if (!rest.isEmpty()) {
                    resent = true;
                    get(rest);
                }
            } else if (response.getErrorStatus() != PDU.noError) {
                oids.forEach(o -> problems.put(o.oid(), PollOutcome.PARTIAL));
                detail = "agent error " + response.getErrorStatusText();
            } else {
                Map<OID, Asked> byOid = new HashMap<>();
                oids.forEach(o -> byOid.put(o.oid(), o));
                for (VariableBinding vb : response.getVariableBindings()) {
                    Asked requested = byOid.remove(vb.getOid());
                    if (requested == null) {
                        continue; // an agent answering OIDs we did not ask for: ignore them
                    }
                    accept(requested, vb);
                }
                byOid.keySet().forEach(o -> problems.put(o, PollOutcome.NO_SUCH_OBJECT));
            }
        }
        if (!resent) {
            partDone();
        }
    }

    private void accept(Asked requested, VariableBinding vb) {
        Variable v = vb.getVariable();
        if (v == null || vb.isException() || v instanceof org.snmp4j.smi.Null) {
            problems.put(vb.getOid(), PollOutcome.NO_SUCH_OBJECT);
        } else if (!requested.expected().accepts(v)) {
            problems.put(vb.getOid(), PollOutcome.WRONG_TYPE);
        } else {
            values.put(Snmp4jValues.ownOid(vb.getOid()), Snmp4jValues.ownValue(v));
        }
    }

    // ---- tables ----------------------------------------------------------------------------------------

    /** Walks several columns side by side; each column ends when the agent leaves its subtree. */
    private final class Walk {
        private final List<Asked> open;
        private final Map<OID, OID> cursor = new HashMap<>();
        private final Map<OID, Integer> rows = new HashMap<>();

        Walk(List<Asked> columns) {
            this.open = new ArrayList<>(columns);
            columns.forEach(c -> {
                cursor.put(c.oid(), c.oid());
                rows.put(c.oid(), 0);
            });
        }

        void step() {
            boolean bulk = target.credentials().version().supportsBulk();
            PDU pdu = newPdu(bulk ? PDU.GETBULK : PDU.GETNEXT);
            if (bulk) {
                pdu.setNonRepeaters(0);
                pdu.setMaxRepetitions(poller.config().maxRepetitions());
            }
            List<Asked> asked = List.copyOf(open);
            asked.forEach(c -> pdu.add(new VariableBinding(cursor.get(c.oid()))));
            poller.request(target, snmpTarget, pdu, TargetPoll.this::markSent,
                    answer -> guarded(() -> onAnswer(asked, answer)));
        }

        private void onAnswer(List<Asked> asked, SnmpPoller.Answer answer) {
            boolean more;
            synchronized (TargetPoll.this) {
                PDU response = answer.response();
                if (!isUsable(answer, asked)) {
                    open.clear();
                } else if (response.getErrorStatus() == PDU.noSuchName && response.getErrorIndex() > 0
                        && response.getErrorIndex() <= asked.size()) {
                    // SNMPv1 end of MIB view for that column
                    close(asked.get(response.getErrorIndex() - 1));
                } else if (response.getErrorStatus() != PDU.noError) {
                    asked.forEach(c -> problems.put(c.oid(), PollOutcome.PARTIAL));
                    detail = "agent error " + response.getErrorStatusText() + " during table walk";
                    open.clear();
                } else {
                    consume(asked, response.getVariableBindings());
                }
                more = !open.isEmpty();
                if (!more) {
                    rows.forEach((column, count) -> {
                        if (count == 0) {
                            problems.putIfAbsent(column, PollOutcome.NO_SUCH_OBJECT);
                        }
                    });
                }
            }
            if (more) {
                step();
            } else {
                partDone();
            }
        }

        private void consume(List<Asked> asked, List<? extends VariableBinding> vbs) {
            if (vbs.isEmpty()) {
                open.clear();
                return;
            }
            int width = asked.size();
            for (int i = 0; i < vbs.size(); i++) {
                Asked column = asked.get(i % width);
                if (!open.contains(column)) {
                    continue;
                }
                VariableBinding vb = vbs.get(i);
                OID oid = vb.getOid();
                if (vb.getVariable() == null || vb.isException() || oid == null || !oid.startsWith(column.oid())) {
                    close(column);
                } else if (oid.compareTo(cursor.get(column.oid())) <= 0) {
                    // A broken agent returning the same or an earlier OID would loop forever.
                    problems.put(column.oid(), PollOutcome.PARTIAL);
                    detail = "agent returned non-increasing OIDs in column " + column.oid();
                    close(column);
                } else {
                    cursor.put(column.oid(), oid);
                    accept(column, vb);
                    int count = rows.merge(column.oid(), 1, Integer::sum);
                    if (count >= poller.config().maxRowsPerColumn()) {
                        truncated = true;
                        problems.put(column.oid(), PollOutcome.PARTIAL);
                        detail = "row cap of " + count + " reached in column " + column.oid();
                        close(column);
                    }
                }
            }
        }

        private void close(Asked column) {
            open.remove(column);
        }
    }

    // ---- shared ----------------------------------------------------------------------------------------

    /** Records timeouts, send errors and USM reports; returns whether the answer carries a normal response. */
    private boolean isUsable(SnmpPoller.Answer answer, List<Asked> asked) {
        if (answer.error() != null) {
            unreachable = true;
            detail = "send failed: " + answer.error().getMessage();
            asked.forEach(o -> problems.putIfAbsent(o.oid(), PollOutcome.UNREACHABLE));
            return false;
        }
        PDU response = answer.response();
        if (response == null) {
            timedOut = true;
            asked.forEach(o -> problems.putIfAbsent(o.oid(), PollOutcome.TIMEOUT));
            return false;
        }
        if (response.getType() == PDU.REPORT) {
            OID reported = response.size() > 0 ? response.get(0).getOid() : null;
            String reason = null;
            for (Map.Entry<OID, String> e : USM_REPORTS.entrySet()) {
                if (reported != null && reported.startsWith(e.getKey().trim())) {
                    reason = e.getValue();
                }
            }
            authFailure = reason == null ? "agent sent report " + reported : reason;
            if (SnmpConstants.usmStatsUnknownEngineIDs.equals(reported) && usedEngineId != null) {
                forgetEngine();
            }
            asked.forEach(o -> problems.putIfAbsent(o.oid(), PollOutcome.AUTH_FAILURE));
            return false;
        }
        return true;
    }

    private void forgetEngine() {
        poller.forgetEngine(address, usedEngineId, ((SnmpCredentials.Usm) target.credentials()).user());
    }

    private PDU newPdu(int type) {
        PDU pdu;
        if (target.credentials() instanceof SnmpCredentials.Usm usm) {
            ScopedPDU scoped = new ScopedPDU();
            scoped.setContextName(new OctetString(usm.contextName()));
            pdu = scoped;
        } else {
            pdu = new PDU();
        }
        pdu.setType(type);
        return pdu;
    }

    private synchronized void markSent() {
        if (firstSentNanos == 0) {
            firstSentNanos = System.nanoTime();
        }
    }

    /** An exception in answer handling must end this poll, not kill SNMP4J's listener thread. */
    private void guarded(Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            synchronized (this) {
                detail = "internal error: " + e;
                pendingParts = 0;
            }
            result.complete(build());
        }
    }

    private void partDone() {
        boolean last;
        synchronized (this) {
            last = --pendingParts == 0;
        }
        if (last) {
            result.complete(build());
        }
    }

    private synchronized PollResult build() {
        Duration latency = firstSentNanos == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - firstSentNanos);
        PollOutcome outcome = outcome();
        if (outcome == PollOutcome.TIMEOUT && usedEngineId != null) {
            // Silence from an engine we knew may be an agent restarted with a new engine ID: ask again next poll.
            forgetEngine();
        }
        String why = outcome == PollOutcome.OK ? null : describe(outcome);
                Map<Oid, PollOutcome> problemsByOid = new LinkedHashMap<>();
        problems.forEach((oid, problem) -> problemsByOid.put(Snmp4jValues.ownOid(oid), problem));
        return new PollResult(target.id(), outcome, latency, polledAt, new TreeMap<>(values), problemsByOid, why);
    }

    private PollOutcome outcome() {
        if (authFailure != null) {
            return PollOutcome.AUTH_FAILURE;
        }
        if (values.isEmpty()) {
            if (unreachable) {
                return PollOutcome.UNREACHABLE;
            }
            if (timedOut) {
                return PollOutcome.TIMEOUT;
            }
            if (problems.containsValue(PollOutcome.WRONG_TYPE)) {
                return PollOutcome.WRONG_TYPE;
            }
            if (problems.containsValue(PollOutcome.NO_SUCH_OBJECT)) {
                return PollOutcome.NO_SUCH_OBJECT;
            }
            return problems.isEmpty() ? PollOutcome.OK : PollOutcome.PARTIAL;
        }
        return !anyRequiredProblem() && !timedOut && !unreachable && !truncated ? PollOutcome.OK : PollOutcome.PARTIAL;
    }

    /**
     * Whether a required object is missing or unreadable. Problems are keyed by scalar OID, by column OID, or by
     * the instance OID of a row in a column, so a row's problem belongs to the column it starts with.
     */
    private boolean anyRequiredProblem() {
        for (OID problem : problems.keySet()) {
            boolean optional = scalars.stream().anyMatch(s -> !s.required() && s.oid().equals(problem))
                    || columns.stream().anyMatch(c -> !c.required() && problem.startsWith(c.oid()));
            if (!optional) {
                return true;
            }
        }
        return false;
    }

    private String describe(PollOutcome outcome) {
        if (authFailure != null) {
            return "SNMPv3 authentication failed: " + authFailure;
        }
        if (detail != null) {
            return detail;
        }
        return switch (outcome) {
            case TIMEOUT -> "no answer within " + target.timeout().toMillis() + " ms and " + target.retries()
                    + " retries (a wrong community looks the same: agents drop it silently)";
            case NO_SUCH_OBJECT -> "agent has none of the requested objects";
            case WRONG_TYPE -> "agent answered values of an unexpected syntax";
            default -> problems.size() + " requested OIDs had problems: " + problems;
        };
    }

    /** A requested object in SNMP4J's terms, converted once per poll. */
    private record Asked(OID oid, ValueKind expected, boolean required) {
        static List<Asked> all(List<RequestedOid> requested) {
            List<Asked> asked = new ArrayList<>(requested.size());
            requested.forEach(r -> asked.add(new Asked(Snmp4jValues.snmp4jOid(r.oid()), r.expected(), r.required())));
            return asked;
        }
    }
}
