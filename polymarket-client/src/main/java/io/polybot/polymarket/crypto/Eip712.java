package io.polybot.polymarket.crypto;

import io.polybot.polymarket.internal.Hex;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * EIP-712 building blocks: Keccak-256 and the 32-byte word encodings of {@code encodeData}.
 *
 * <p>The Polymarket structs are fixed, so each is hashed by a few lines of explicit encoding
 * instead of a generic typed-data engine; that keeps order signing allocation-light and makes
 * every byte auditable against PROTOCOL.md.
 */
public final class Eip712 {
    private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

    private Eip712() {}

    public static byte[] keccak256(byte[] input) {
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(input, 0, input.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    public static byte[] keccak256(String utf8) {
        return keccak256(utf8.getBytes(StandardCharsets.UTF_8));
    }

    /** keccak256(0x1901 || domainSeparator || structHash): the digest that is signed. */
    public static byte[] digest(byte[] domainSeparator, byte[] structHash) {
        byte[] buf = new byte[66];
        buf[0] = 0x19;
        buf[1] = 0x01;
        System.arraycopy(domainSeparator, 0, buf, 2, 32);
        System.arraycopy(structHash, 0, buf, 34, 32);
        return keccak256(buf);
    }

    /** Accumulates 32-byte words and hashes them. */
    public static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 13);

        public Encoder word(byte[] word32) {
            if (word32.length != 32) throw new IllegalArgumentException("EIP-712 word must be 32 bytes");
            out.writeBytes(word32);
            return this;
        }

        public Encoder uint(BigInteger value) {
            if (value == null) throw new IllegalArgumentException("uint256 value is null");
            if (value.signum() < 0 || value.compareTo(UINT256_LIMIT) >= 0)
                throw new IllegalArgumentException("value out of uint256 range: " + value);
            byte[] raw = value.toByteArray();
            byte[] word = new byte[32];
            int len = Math.min(raw.length, 32);
            System.arraycopy(raw, raw.length - len, word, 32 - len, len);
            out.writeBytes(word);
            return this;
        }

        public Encoder uint(long value) {
            return uint(BigInteger.valueOf(value));
        }

        /** An address, left-padded to 32 bytes. */
        public Encoder address(String address) {
            byte[] raw = Hex.decode(address, 20, "address");
            byte[] word = new byte[32];
            System.arraycopy(raw, 0, word, 12, 20);
            out.writeBytes(word);
            return this;
        }

        /** A dynamic {@code string} member is encoded as its Keccak hash. */
        public Encoder string(String value) {
            out.writeBytes(keccak256(value));
            return this;
        }

        public Encoder bytes32(String hex) {
            out.writeBytes(Hex.decode(hex, 32, "bytes32"));
            return this;
        }

        public byte[] hash() {
            return keccak256(out.toByteArray());
        }
    }

    public static Encoder encoder() {
        return new Encoder();
    }
}
