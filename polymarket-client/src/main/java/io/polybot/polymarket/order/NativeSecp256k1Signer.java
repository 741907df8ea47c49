package io.polybot.polymarket.order;

import fr.acinq.secp256k1.Secp256k1;
import io.polybot.polymarket.internal.Hex;
import java.util.Arrays;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;

/**
 * An {@link OrderSigner} on Bitcoin Core's libsecp256k1 through JNI (secp256k1-kmp): about ten
 * times faster than {@link PrivateKeySigner} and byte-identical to it (both use RFC 6979 nonces
 * and low-S signatures). Construction fails with {@link IllegalStateException} when the native
 * library cannot load; {@link OrderSigners} then falls back to {@link PrivateKeySigner}.
 * {@link #toString()} shows only the address.
 */
public final class NativeSecp256k1Signer implements OrderSigner {
    private final Secp256k1 secp;
    private final byte[] privateKey;
    private final byte[] publicKey;
    private final String address;

    private NativeSecp256k1Signer(byte[] privateKey) {
        this.secp = load();
        if (!secp.secKeyVerify(privateKey)) throw new IllegalArgumentException("private key out of range");
        this.privateKey = privateKey.clone();
        this.publicKey = secp.pubkeyCreate(privateKey); // 65 bytes, uncompressed (0x04 || x || y)
        byte[] hash = Hash.sha3(Arrays.copyOfRange(publicKey, 1, 65));
        this.address = Keys.toChecksumAddress(Hex.encode(Arrays.copyOfRange(hash, 12, 32)));
    }

    /** From a 32-byte hex private key, with or without 0x. The key never appears in errors. */
    public static NativeSecp256k1Signer fromHex(String privateKeyHex) {
        byte[] raw;
        try {
            raw = Hex.decode(privateKeyHex == null ? "" : privateKeyHex.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("private key is not valid hex");
        }
        if (raw.length != 32) throw new IllegalArgumentException("private key must be 32 bytes, was " + raw.length);
        try {
            return new NativeSecp256k1Signer(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** From the raw 32-byte key (copied; the caller wipes its array). */
    static NativeSecp256k1Signer fromRawKey(byte[] key) {
        if (key.length != 32) throw new IllegalArgumentException("private key must be 32 bytes, was " + key.length);
        return new NativeSecp256k1Signer(key);
    }

    /** True when the native library loads on this machine. */
    public static boolean isAvailable() {
        try {
            load();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public byte[] sign(byte[] digest32) {
        if (digest32 == null || digest32.length != 32) throw new IllegalArgumentException("digest must be 32 bytes");
        byte[] compact = secp.sign(digest32, privateKey); // r || s, s normalised low
        // The compact signature has no recovery id: recover with id 0 and compare with our key (STACK.md addendum).
        byte[] recovered = secp.ecdsaRecover(compact, digest32, 0);
        byte v = (byte) (Arrays.equals(recovered, publicKey) ? 27 : 28);
        byte[] out = Arrays.copyOf(compact, 65);
        out[64] = v;
        return out;
    }

    @Override
    public String toString() {
        return "NativeSecp256k1Signer[" + address + "]";
    }

    private static Secp256k1 load() {
        try {
            return Secp256k1.get();
        } catch (LinkageError | RuntimeException e) {
            throw new IllegalStateException("native secp256k1 library not available: " + e, e);
        }
    }
}
