package io.polybot.polymarket.internal;

import java.util.Locale;
import java.util.function.Function;

/**
 * The member names a feed parser reads, each mapped to a constant of its enum, so that a
 * {@link JsonCursor} can match a name in place: no String is made for a name, read or skipped.
 * Immutable; build once per parser.
 */
public final class FieldNames<E extends Enum<E>> {
    private final String[] names;
    private final Object[] fields; // the constants, at their name's slot
    private final int mask;

    private FieldNames(E[] constants, Function<E, String> jsonName) {
        int size = Integer.highestOneBit(Math.max(4, constants.length * 4 - 1)) << 1;
        names = new String[size];
        fields = new Object[size];
        mask = size - 1;
        for (E constant : constants) {
            String name = jsonName.apply(constant);
            int i = name.hashCode() & mask;
            while (names[i] != null) {
                if (names[i].equals(name)) throw new IllegalArgumentException("duplicate field name '" + name + "'");
                i = (i + 1) & mask;
            }
            names[i] = name;
            fields[i] = constant;
        }
    }

    /** Names given by {@code jsonName}, for feeds that spell them in camelCase. */
    public static <E extends Enum<E>> FieldNames<E> of(Class<E> type, Function<E, String> jsonName) {
        return new FieldNames<>(type.getEnumConstants(), jsonName);
    }

    /** Each constant names the member spelled as the constant in lower case ({@code EVENT_TYPE} reads {@code event_type}). */
    public static <E extends Enum<E>> FieldNames<E> lowerCase(Class<E> type) {
        return of(type, e -> e.name().toLowerCase(Locale.ROOT));
    }

    /** The constant for {@code text[start, end)} whose {@link String#hashCode} is {@code hash}; null for a name not read. */
    @SuppressWarnings("unchecked")
    E find(String text, int start, int end, int hash) {
        int length = end - start;
        for (int i = hash & mask; names[i] != null; i = (i + 1) & mask) {
            String name = names[i];
            if (name.length() == length && text.regionMatches(start, name, 0, length)) return (E) fields[i];
        }
        return null;
    }

    /** The constant for a name that held escapes (decoded); null for a name not read. */
    E find(String name) {
        return find(name, 0, name.length(), name.hashCode());
    }
}
