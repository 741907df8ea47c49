package io.polybot.polymarket.crypto;

import fr.acinq.secp256k1.Secp256k1;
import io.polybot.polymarket.internal.Hex;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Signer recovery on Bitcoin Core's libsecp256k1 (JNI, secp256k1-kmp): the same answers as
 * {@link Signatures#recoverAddress} (web3j on BouncyCastle), several times faster, for servers
 * that check a signature on every request (the simulator's {@code POST /order}).
 *
 * <p>Where the native library does not load, and for the signatures libsecp256k1 refuses but
 * web3j accepts or rejects with its own message ({@code r} or {@code s} zero or not below the
 * curve order, no curve point for {@code r}), the call goes to {@link Signatures#recoverAddress},
 * so results and exceptions never depend on which path ran.
 */
public final class NativeRecovery {
    private static final BigInteger CURVE_ORDER =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    /** The loaded library, or null when this platform has none; never changes after class init. */
    private static final Secp256k1 NATIVE = load();

    private NativeRecovery() {}

    /** True when recovery runs natively on this machine. */
    public static boolean isNative() {
        return NATIVE != null;
    }

    /**
     * Recovers the address that produced a 65-byte {@code r || s || v} signature over a 32-byte
     * digest; lower-case with {@code 0x}. Same contract as {@link Signatures#recoverAddress}.
     */
    public static String recoverAddress(byte[] digest32, String signatureHex) {
        if (NATIVE == null || digest32 == null || digest32.length != 32) return Signatures.recoverAddress(digest32, signatureHex);
        byte[] sig;
        try {
            sig = Hex.decode(signatureHex, 65, "signature");
        } catch (RuntimeException e) {
            return Signatures.recoverAddress(digest32, signatureHex); // it throws the same, from one place
        }
        int v = sig[64] & 0xff;
        if (v < 27) v += 27; // some signers emit 0/1
        if ((v != 27 && v != 28) || !inRange(sig, 0) || !inRange(sig, 32)) return Signatures.recoverAddress(digest32, signatureHex);
        byte[] publicKey;
        try {
            publicKey = NATIVE.ecdsaRecover(Arrays.copyOf(sig, 64), digest32, v - 27); // 0x04 || x || y
        } catch (RuntimeException e) {
            return Signatures.recoverAddress(digest32, signatureHex);
        }
        byte[] hash = Eip712.keccak256(Arrays.copyOfRange(publicKey, 1, 65));
        return Hex.encode(Arrays.copyOfRange(hash, 12, 32));
    }

    /** Whether the 32-byte big-endian word at {@code offset} lies in [1, n): libsecp256k1 refuses the rest. */
    private static boolean inRange(byte[] sig, int offset) {
        BigInteger word = new BigInteger(1, Arrays.copyOfRange(sig, offset, offset + 32));
        return word.signum() > 0 && word.compareTo(CURVE_ORDER) < 0;
    }

    private static Secp256k1 load() {
        try {
            return Secp256k1.get();
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }
}
