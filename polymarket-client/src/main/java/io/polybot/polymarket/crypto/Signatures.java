package io.polybot.polymarket.crypto;

import io.polybot.polymarket.internal.Hex;
import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/** Signature recovery and address formatting (EIP-55) for secp256k1 / Ethereum. */
public final class Signatures {
    private Signatures() {}

    /**
     * Recovers the address that produced a 65-byte {@code r || s || v} signature over a 32-byte
     * digest; returns it lower-case with {@code 0x}. Throws {@link IllegalArgumentException}
     * when the signature is malformed or does not recover.
     */
    public static String recoverAddress(byte[] digest32, String signatureHex) {
        if (digest32 == null || digest32.length != 32) throw new IllegalArgumentException("digest must be 32 bytes");
        byte[] sig = Hex.decode(signatureHex, 65, "signature");
        int v = sig[64] & 0xff;
        // Some signers emit v as 0/1 instead of 27/28; both mean the same recovery id.
        if (v < 27) v += 27;
        if (v != 27 && v != 28) throw new IllegalArgumentException("signature v must be 27 or 28, was " + (sig[64] & 0xff));
        Sign.SignatureData data = new Sign.SignatureData(
                (byte) v, Arrays.copyOfRange(sig, 0, 32), Arrays.copyOfRange(sig, 32, 64));
        try {
            BigInteger publicKey = Sign.signedMessageHashToKey(digest32, data);
            return "0x" + Keys.getAddress(publicKey);
        } catch (SignatureException | RuntimeException e) {
            throw new IllegalArgumentException("signature does not recover: " + e.getMessage(), e);
        }
    }

    /** EIP-55 mixed-case checksum form of an address (input in any case, with or without 0x). */
    public static String checksum(String address) {
        Hex.decode(address, 20, "address");
        String lower = address.toLowerCase();
        return Keys.toChecksumAddress(lower.startsWith("0x") ? lower : "0x" + lower);
    }

    /** Whether two addresses are equal ignoring case. */
    public static boolean sameAddress(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }
}
