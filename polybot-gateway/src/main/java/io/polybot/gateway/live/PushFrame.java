package io.polybot.gateway.live;

/**
 * One message to the dashboard's live socket: the bus topic, the payload type name
 * ({@code order}, {@code fill}, {@code position}, {@code signal}) and the payload itself.
 */
public record PushFrame(String topic, String type, Object payload) {}
