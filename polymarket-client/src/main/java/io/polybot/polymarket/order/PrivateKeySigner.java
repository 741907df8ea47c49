package io.polybot.polymarket.order;

import io.polybot.polymarket.crypto.KeystorePassword;
import io.polybot.polymarket.crypto.KeystoreV3;
import io.polybot.polymarket.internal.Hex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * An {@link OrderSigner} holding a secp256k1 private key in memory (RFC 6979 deterministic
 * signatures via web3j / BouncyCastle). {@link #toString()} shows only the address.
 */
public final class PrivateKeySigner implements OrderSigner {
    private final ECKeyPair keyPair;
    private final String address;

    private PrivateKeySigner(BigInteger privateKey) {
        if (privateKey.signum() <= 0 || privateKey.bitLength() > 256)
            throw new IllegalArgumentException("private key out of range");
        this.keyPair = ECKeyPair.create(privateKey);
        this.address = Keys.toChecksumAddress(Keys.getAddress(keyPair));
    }

    /** From a 32-byte hex private key, with or without 0x. The key never appears in errors. */
    public static PrivateKeySigner fromHex(String privateKeyHex) {
        byte[] raw;
        try {
            raw = Hex.decode(privateKeyHex == null ? "" : privateKeyHex.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("private key is not valid hex");
        }
        if (raw.length != 32) throw new IllegalArgumentException("private key must be 32 bytes, was " + raw.length);
        return new PrivateKeySigner(new BigInteger(1, raw));
    }

    /** From an environment variable holding the hex key. */
    public static PrivateKeySigner fromEnvironment(String varName) {
        String value = System.getenv(varName);
        if (value == null || value.isBlank())
            throw new IllegalArgumentException("environment variable " + varName + " is not set");
        return fromHex(value);
    }

    /** From an Ethereum V3 keystore file (scrypt or pbkdf2, aes-128-ctr); {@code password} stays the caller's to wipe. */
    public static PrivateKeySigner fromKeystore(Path keystoreFile, char[] password) {
        byte[] key = decryptKeystore(keystoreFile, password);
        try {
            return fromRawKey(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * From a keystore file whose password comes from {@code POLYBOT_KEYSTORE_PASSWORD} or an
     * echo-free console prompt (see {@link KeystorePassword}); the password is wiped after use.
     */
    public static PrivateKeySigner fromKeystore(Path keystoreFile) {
        return fromKeystore(keystoreFile, KeystorePassword.system());
    }

    /** As {@link #fromKeystore(Path)} with an explicit password source. */
    public static PrivateKeySigner fromKeystore(Path keystoreFile, KeystorePassword passwordSource) {
        char[] password = passwordSource.read(keystoreFile);
        try {
            return fromKeystore(keystoreFile, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The decrypted 32-byte key; the caller wipes it. */
    static byte[] decryptKeystore(Path keystoreFile, char[] password) {
        String json;
        try {
            json = Files.readString(keystoreFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read keystore " + keystoreFile, e);
        }
        return KeystoreV3.decrypt(json, password);
    }

    static PrivateKeySigner fromRawKey(byte[] key) {
        return new PrivateKeySigner(new BigInteger(1, key));
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public byte[] sign(byte[] digest32) {
        if (digest32 == null || digest32.length != 32) throw new IllegalArgumentException("digest must be 32 bytes");
        Sign.SignatureData sig = Sign.signMessage(digest32, keyPair, false);
        byte[] out = new byte[65];
        System.arraycopy(sig.getR(), 0, out, 0, 32);
        System.arraycopy(sig.getS(), 0, out, 32, 32);
        out[64] = sig.getV()[0];
        return out;
    }

    @Override
    public String toString() {
        return "PrivateKeySigner[" + address + "]";
    }
}
