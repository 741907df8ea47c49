package io.polybot.sim.clob;

import io.polybot.core.wallet.WalletAddress;
import io.polybot.polymarket.auth.ApiCredentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The venue's API keys. Credentials are a pure function of (address, nonce), so creating and
 * deriving always agree, and a restarted sim hands a bot the same credentials again (a key is
 * known to L2 only once its wallet has created or derived it in this run).
 */
public final class ApiKeys {
    private final Map<String, ApiKeyOwner> byKey = new ConcurrentHashMap<>();

    /** Creates (or re-creates: the same) credentials for the wallet and nonce, and registers them. */
    public ApiKeyOwner issue(WalletAddress address, long nonce) {
        ApiCredentials credentials = new ApiCredentials(
                UUID.nameUUIDFromBytes(sha256("api-key", address, nonce)).toString(),
                Base64.getUrlEncoder().encodeToString(sha256("secret", address, nonce)),
                HexFormat.of().formatHex(sha256("passphrase", address, nonce)));
        ApiKeyOwner owner = new ApiKeyOwner(address, nonce, credentials);
        byKey.put(credentials.apiKey(), owner);
        return owner;
    }

    public Optional<ApiKeyOwner> owner(String apiKey) {
        return apiKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(apiKey));
    }

    public List<ApiKeyOwner> keysOf(WalletAddress address) {
        return byKey.values().stream().filter(o -> o.address().equals(address)).toList();
    }

    private static byte[] sha256(String kind, WalletAddress address, long nonce) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("polybot-sim\u001f" + kind + '\u001f' + address.value() + '\u001f' + nonce).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
