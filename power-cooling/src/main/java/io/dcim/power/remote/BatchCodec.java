package io.dcim.power.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The collector's JSON: what it buffers and sends is exactly what the central's API reads (ISO-8601 UTC times). */
public final class BatchCodec {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BatchCodec() {
    }

    public static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static ReadingBatch batch(byte[] json) {
        return read(json, new TypeReference<>() { });
    }

    public static List<CollectorTarget> targets(byte[] json) {
        return read(json, new TypeReference<>() { });
    }

    public static PushAnswer answer(byte[] json) {
        return read(json, new TypeReference<>() { });
    }

    private static <T> T read(byte[] json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the central's answer is not what a collector reads", e);
        }
    }
}
