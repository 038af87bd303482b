package io.dcim.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.dcim.common.error.Message;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Reads request records and writes answers with the strict mapper ({@link StrictJson}, given to
 * Jersey as its {@code ObjectMapper} by {@link StrictJsonProvider.Mapper}). A body is read as a
 * tree first: syntax that is not JSON is a 400, a body that is not an object a 400 naming
 * {@code body}, a value that does not fit the record a 422 naming its JSON path
 * ({@link JsonBodyErrors}); the fields the body named are kept for PATCH ({@link SentFields}).
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
final class StrictJsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    /** Types Jersey's own providers handle: a raw body, a stream, text. */
    private static final Set<Class<?>> NOT_JSON_RECORDS = Set.of(String.class, byte[].class, InputStream.class,
            jakarta.ws.rs.core.StreamingOutput.class, java.io.File.class, java.io.Reader.class);

    @Inject
    private Provider<ContainerRequest> request;

    /** The one strict mapper; answers are written by a writer made from it once. */
    private final ObjectMapper json;
    private final ObjectWriter writer;

    StrictJsonProvider(ObjectMapper json) {
        this.json = json;
        // Jersey closes the entity stream itself, after its response filters.
        this.writer = json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Jersey's ObjectMapper: the strict one, for every resource and provider that asks. */
    static final class Mapper implements ContextResolver<ObjectMapper> {

        private final ObjectMapper mapper;

        Mapper(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !NOT_JSON_RECORDS.contains(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JsonNode tree = tree(json, body);
        request.get().setProperty(SentFields.PROPERTY, SentFields.of(tree));
        return read(json, tree, genericType);
    }

    /** The same reading for a body already held as bytes (an endpoint that also takes files). */
    static <T> T read(ObjectMapper json, byte[] body, Class<T> type) {
        try {
            return type.cast(read(json, tree(json, new java.io.ByteArrayInputStream(body)), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(ObjectMapper json, InputStream body) throws IOException {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw JsonBodyErrors.refusal(e);
        }
        if (tree == null || !tree.isObject()) {
            throw ApiException.badRequest("body", Message.of("rest.body.notObject"));
        }
        return tree;
    }

    private static Object read(ObjectMapper json, JsonNode tree, Type type) {
        try {
            return json.readerFor(json.constructType(type)).readValue(tree);
        } catch (JsonProcessingException e) {
            throw JsonBodyErrors.refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !NOT_JSON_RECORDS.contains(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        writer.writeValue(out, value);
    }
}
