package io.polybot.app.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a composition root started, closed in reverse order: the gateway before the store it reads,
 * the roles before the bus they use. A failure to close one is logged and the rest still close.
 */
public final class StartedResources implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StartedResources.class);
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public synchronized <T extends AutoCloseable> T own(T resource) {
        started.push(resource);
        return resource;
    }

    @Override public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("error while stopping {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
