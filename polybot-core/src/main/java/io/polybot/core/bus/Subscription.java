package io.polybot.core.bus;

/** A running consumer; closing it stops delivery to its handler. */
public interface Subscription extends AutoCloseable {
    Topic topic();

    String group();

    @Override void close();
}
