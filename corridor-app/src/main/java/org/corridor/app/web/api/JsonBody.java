package org.corridor.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corridor.app.web.ClientError;

/** Reads an API request's JSON body into a record, refusing other media, unknown fields and wrong types by name. */
final class JsonBody {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private JsonBody() {
    }

    /**
     * @param known the fields the body may have, for the message about an unknown one
     */
    static <T> T read(Context ctx, Class<T> type, String known) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ClientError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "send the request as application/json");
        }
        try {
            T body = JSON.readValue(ctx.bodyAsBytes(), type);
            if (body == null) {
                throw new ClientError(HttpStatus.BAD_REQUEST, "body", "expected a JSON object");
            }
            return body;
        } catch (UnrecognizedPropertyException e) {
            throw new ClientError(HttpStatus.BAD_REQUEST, path(e), "unknown field; known: " + known);
        } catch (MismatchedInputException e) { // wrong types, including InvalidFormatException
            throw new ClientError(HttpStatus.BAD_REQUEST, e.getPath().isEmpty() ? "body" : path(e), "wrong type");
        } catch (JsonProcessingException e) {
            throw new ClientError(HttpStatus.BAD_REQUEST, "body", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field at fault as a dotted path ({@code levers.from}); a list's items are named by the list. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(java.util.Objects::nonNull)
                .collect(Collectors.joining("."));
    }
}
