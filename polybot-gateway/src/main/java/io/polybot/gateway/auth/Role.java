package io.polybot.gateway.auth;

import io.javalin.security.RouteRole;

import java.util.Locale;

/**
 * What a user may do, each role including the ones before it: viewers watch, traders also
 * steer trading (kill switch, arming, parameters), admins also manage users (ARCHITECTURE §7).
 */
public enum Role implements RouteRole {
    VIEWER, TRADER, ADMIN;

    /** The name stored in the users table and carried in the token's {@code role} claim. */
    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    public boolean includes(Role required) { return ordinal() >= required.ordinal(); }

    public static Role ofWireName(String name) {
        for (Role role : values()) if (role.wireName().equals(name)) return role;
        throw new IllegalArgumentException("unknown role: " + name);
    }
}
