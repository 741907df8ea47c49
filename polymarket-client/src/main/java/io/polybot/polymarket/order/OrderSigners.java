package io.polybot.polymarket.order;

import io.polybot.polymarket.crypto.KeystorePassword;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the order signer: {@link NativeSecp256k1Signer} where libsecp256k1 loads (fast),
 * else {@link PrivateKeySigner} (pure Java, same signatures).
 */
public final class OrderSigners {
    private static final Logger log = LoggerFactory.getLogger(OrderSigners.class);

    private OrderSigners() {}

    /** The fastest signer available for a 32-byte hex private key. */
    public static OrderSigner fromHex(String privateKeyHex) {
        if (NativeSecp256k1Signer.isAvailable()) return NativeSecp256k1Signer.fromHex(privateKeyHex);
        log.info("native secp256k1 unavailable: signing orders with the pure-Java signer (slower, same signatures)");
        return PrivateKeySigner.fromHex(privateKeyHex);
    }

    /** From an environment variable holding the hex key. */
    public static OrderSigner fromEnvironment(String varName) {
        String value = System.getenv(varName);
        if (value == null || value.isBlank())
            throw new IllegalArgumentException("environment variable " + varName + " is not set");
        return fromHex(value);
    }

    /**
     * The fastest signer for a V3 keystore file; the password comes from
     * {@code POLYBOT_KEYSTORE_PASSWORD} or an echo-free console prompt and is wiped after use.
     */
    public static OrderSigner fromKeystore(Path keystoreFile) {
        return fromKeystore(keystoreFile, KeystorePassword.system());
    }

    /** As {@link #fromKeystore(Path)} with an explicit password source. */
    public static OrderSigner fromKeystore(Path keystoreFile, KeystorePassword passwordSource) {
        char[] password = passwordSource.read(keystoreFile);
        byte[] key;
        try {
            key = PrivateKeySigner.decryptKeystore(keystoreFile, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        try {
            if (NativeSecp256k1Signer.isAvailable()) return NativeSecp256k1Signer.fromRawKey(key);
            log.info("native secp256k1 unavailable: signing orders with the pure-Java signer (slower, same signatures)");
            return PrivateKeySigner.fromRawKey(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
