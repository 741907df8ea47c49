package io.polybot.core.bus;

import java.util.List;

/**
 * Publish/subscribe between roles. Consumer groups give each message to one consumer per group
 * (roles share work); different groups each see every message. Delivery is at least once:
 * handlers must be idempotent (signals and orders carry deterministic ids for that).
 */
public interface MessageBus extends AutoCloseable {

    /** Appends the message to the topic; returns once the bus has accepted it. */
    void publish(Topic topic, Envelope<?> envelope);

    /**
     * Starts delivering the topic's messages, published from now on, to the handler as a member
     * of the consumer group. Messages of one topic reach one group in publication order unless
     * redelivered.
     */
    Subscription subscribe(Topic topic, String group, MessageHandler handler);

    /**
     * A subscription that sees every message regardless of other instances (its own group per
     * instance): used for {@link Topic#CONTROL}, which every instance must obey.
     */
    default Subscription subscribeBroadcast(Topic topic, String instanceName, MessageHandler handler) {
        return subscribe(topic, "broadcast." + instanceName, handler);
    }

    /** Each consumer group's lag and pending count, on every topic that has groups (for the dashboard's health view). */
    List<GroupLag> lag();

    @Override void close();
}
