package io.polybot.polymarket.internal;

import java.util.HexFormat;

/** Hex encoding with the {@code 0x} prefix used everywhere on Ethereum. */
public final class Hex {
    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {}

    /** "0x" followed by lower-case hex. */
    public static String encode(byte[] bytes) {
        return "0x" + LOWER.formatHex(bytes);
    }

    /** Decodes hex with or without the "0x" prefix; throws {@link IllegalArgumentException} on bad input. */
    public static byte[] decode(String hex) {
        if (hex == null) throw new IllegalArgumentException("hex string is null");
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() % 2 != 0) throw new IllegalArgumentException("hex string has odd length: " + abbreviate(hex));
        try {
            return LOWER.parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a hex string: " + abbreviate(hex), e);
        }
    }

    /** Decodes exactly {@code length} bytes. */
    public static byte[] decode(String hex, int length, String what) {
        byte[] bytes = decode(hex);
        if (bytes.length != length)
            throw new IllegalArgumentException(what + " must be " + length + " bytes, was " + bytes.length);
        return bytes;
    }

    /** Cuts long values so error messages stay readable (never used for secrets). */
    public static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
