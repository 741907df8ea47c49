package io.polybot.polymarket.user;

import java.util.List;

/** The events of one user-channel text frame, and how many messages of an unknown type it held (ignored). */
public record UserFrame(List<UserEvent> events, int unknownEvents) {
    public UserFrame {
        events = List.copyOf(events);
    }
}
