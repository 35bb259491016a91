package org.corridor.spark.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * A Spark master URL, checked before a job is submitted: {@code local}, {@code local[N]} or
 * {@code local[*]}; {@code spark://HOST:PORT}, which must answer on its port within a few seconds (so
 * that a wrong address fails at once, not after Spark's own retries); or {@code yarn} and
 * {@code k8s://...}, passed to Spark as they are.
 */
public record SparkMaster(String url) {
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]{0,3})])?");
    static final int CONNECT_TIMEOUT_MS = 5_000;

    public SparkMaster {
        if (!LOCAL.matcher(url).matches() && !url.startsWith("spark://") && !url.equals("yarn") && !url.startsWith("k8s://")) {
            throw new IllegalArgumentException("expected local[N], local[*], spark://HOST:PORT, yarn or k8s://..., got '" + url + "'");
        }
        if (url.startsWith("spark://")) {
            URI uri = URI.create(url);
            if (uri.getHost() == null || uri.getPort() < 0) {
                throw new IllegalArgumentException("expected spark://HOST:PORT, got '" + url + "'");
            }
        }
    }

    public boolean isLocal() {
        return url.startsWith("local");
    }

    /** Whether the master and the driver are on this machine's loopback, as in the tests' cluster. */
    public boolean isLoopback() {
        String host = url.startsWith("spark://") ? URI.create(url).getHost() : null;
        return host != null && (host.equals("127.0.0.1") || host.equals("localhost"));
    }

    /** Fails with a message naming the master unless a standalone master answers on its port. */
    public void checkReachable() {
        if (!url.startsWith("spark://")) {
            return;
        }
        URI uri = URI.create(url);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            throw new IllegalArgumentException("no Spark master answers at " + uri.getHost() + ":" + uri.getPort() + " (" + e.getMessage()
                    + "); start one with Spark's sbin/start-master.sh, or use --master local[*]");
        }
    }
}
