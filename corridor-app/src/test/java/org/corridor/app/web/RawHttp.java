package org.corridor.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for the requests {@code java.net.http.HttpClient} refuses to send
 * (bad request lines, {@code %00}, malformed headers, wrong lengths, odd methods). Sends the bytes as
 * they are, closes its side, and reads the whole answer.
 */
final class RawHttp {
    /** One answer: the status, the headers (names in lower case; the last of a repeated one) and the body as text. */
    record Answer(int status, Map<String, String> headers, String body, String raw) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    static Answer send(int port, String request) throws IOException {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Answer send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request);
                socket.shutdownOutput();
            } catch (IOException e) {
                // the server may answer and close before it has read all of an oversized request: read what it said
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // a reset after the answer was sent (the server closed on an unread body): keep what came
        } catch (SocketTimeoutException e) {
            throw new IOException("no complete answer in 10 s; so far: " + out.toString(StandardCharsets.UTF_8), e);
        }
        return out.toByteArray();
    }

    /** The first final answer in the bytes: after any interim 1xx ({@code 100 Continue}), before any answer to a pipelined request. */
    static Answer parse(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.UTF_8);
        while (raw.matches("(?s)HTTP/1\\.[01] 1\\d\\d .*?\r\n\r\n.+")) {
            raw = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        }
        int end = raw.indexOf("\r\n\r\n");
        if (!raw.startsWith("HTTP/1.") || end < 0) {
            return new Answer(0, Map.of(), "", raw);
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = raw.substring(end + 4);
        String length = headers.get("content-length");
        if (length != null) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            body = new String(b, 0, Math.min(b.length, Integer.parseInt(length)), StandardCharsets.UTF_8);
        }
        return new Answer(status, headers, body, raw);
    }
}
