package io.polybot.polymarket.crypto;

import io.polybot.polymarket.internal.Hex;
import io.polybot.polymarket.internal.Json;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.KeyParameter;
import tools.jackson.databind.JsonNode;

/**
 * Decryption of Ethereum V3 keystore files (Web3 Secret Storage).
 *
 * <p>Written on BouncyCastle because web3j 6's crypto artifact no longer ships
 * {@code Wallet}/{@code WalletFile}. Supports kdf scrypt and pbkdf2 (hmac-sha256) with cipher
 * aes-128-ctr, and checks the MAC before decrypting so a wrong password is reported as such.
 */
public final class KeystoreV3 {
    private KeystoreV3() {}

    /** Returns the 32-byte private key; the caller should wipe it after use. */
    public static byte[] decrypt(String keystoreJson, char[] password) {
        JsonNode root = Json.requireObject(Json.parse(keystoreJson, "keystore"), "keystore");
        long version = Json.longValue(root, "version", "keystore");
        if (version != 3) throw new IllegalArgumentException("keystore version must be 3, was " + version);
        // Geth writes "crypto", some older tools "Crypto".
        JsonNode crypto = root.has("crypto") ? root.get("crypto") : root.get("Crypto");
        Json.requireObject(crypto, "keystore crypto");
        String cipher = Json.text(crypto, "cipher", "keystore crypto");
        if (!"aes-128-ctr".equals(cipher)) throw new IllegalArgumentException("unsupported keystore cipher " + cipher);
        byte[] cipherText = Hex.decode(Json.text(crypto, "ciphertext", "keystore crypto"));
        byte[] iv = Hex.decode(Json.text(Json.required(crypto, "cipherparams", "keystore crypto"), "iv", "cipherparams"));
        byte[] mac = Hex.decode(Json.text(crypto, "mac", "keystore crypto"));
        byte[] derived = deriveKey(crypto, password);
        try {
            byte[] macInput = new byte[16 + cipherText.length];
            System.arraycopy(derived, 16, macInput, 0, 16);
            System.arraycopy(cipherText, 0, macInput, 16, cipherText.length);
            if (!MessageDigest.isEqual(Eip712.keccak256(macInput), mac))
                throw new IllegalArgumentException("wrong keystore password (MAC mismatch)");
            Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(derived, 0, 16, "AES"), new IvParameterSpec(iv));
            return aes.doFinal(cipherText);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CTR unavailable", e);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    private static byte[] deriveKey(JsonNode crypto, char[] password) {
        String kdf = Json.text(crypto, "kdf", "keystore crypto").toLowerCase(Locale.ROOT);
        JsonNode params = Json.requireObject(Json.required(crypto, "kdfparams", "keystore crypto"), "kdfparams");
        int dkLen = (int) Json.longValue(params, "dklen", "kdfparams");
        if (dkLen < 32) throw new IllegalArgumentException("kdfparams.dklen must be at least 32");
        byte[] salt = Hex.decode(Json.text(params, "salt", "kdfparams"));
        byte[] pw = utf8(password);
        try {
            return switch (kdf) {
                case "scrypt" -> SCrypt.generate(pw, salt,
                        (int) Json.longValue(params, "n", "kdfparams"),
                        (int) Json.longValue(params, "r", "kdfparams"),
                        (int) Json.longValue(params, "p", "kdfparams"), dkLen);
                case "pbkdf2" -> {
                    String prf = Json.optText(params, "prf", "hmac-sha256");
                    if (!"hmac-sha256".equals(prf)) throw new IllegalArgumentException("unsupported pbkdf2 prf " + prf);
                    PBEParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA256Digest());
                    gen.init(pw, salt, (int) Json.longValue(params, "c", "kdfparams"));
                    yield ((KeyParameter) gen.generateDerivedParameters(dkLen * 8)).getKey();
                }
                default -> throw new IllegalArgumentException("unsupported keystore kdf " + kdf);
            };
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = new byte[buf.remaining()];
        buf.get(out);
        if (buf.hasArray()) Arrays.fill(buf.array(), (byte) 0);
        return out;
    }
}
