package io.polybot.core.bus;

/**
 * How far one consumer group is behind on one topic.
 *
 * @param lag     messages not yet delivered to the group; null when the bus cannot tell (Redis
 *                before 7, or a trimmed stream)
 * @param pending messages delivered but not yet acknowledged (in hand, or awaiting redelivery)
 */
public record GroupLag(Topic topic, String group, Long lag, long pending) {
    public GroupLag {
        if (topic == null || group == null) throw new IllegalArgumentException("group lag needs a topic and a group");
    }
}
