package io.polybot.sim.clob;

import io.javalin.http.Context;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.polymarket.auth.ClobAuthSigner;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.crypto.NativeRecovery;
import io.polybot.sim.http.ApiError;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the CLOB's two authentication levels (PROTOCOL §2): L1, an EIP-712 {@code ClobAuth}
 * signature by the wallet, and L2, an HMAC of {@code timestamp + METHOD + path + body} with the
 * API secret.
 *
 * <p>Timestamps are checked against the wall clock, not the simulated one: clients sign with
 * their own clock (or {@code GET /time}, which also answers wall time) whatever the sim's speed.
 */
public final class ClobAuth {
    /** Allowed difference between a request's L2 timestamp and our clock. */
    public static final long MAX_SKEW_SECONDS = 30;
    private static final String INVALID_KEY = "Unauthorized/Invalid api key";

    private final ApiKeys keys;
    private final Clock wallClock;
    private final long chainId;

    public ClobAuth(ApiKeys keys, Clock wallClock, long chainId) {
        this.keys = keys;
        this.wallClock = wallClock;
        this.chainId = chainId;
    }

    /** Verifies the L1 headers and returns the wallet and nonce they prove control of. */
    public L1Proof level1(Context ctx) {
        String address = ctx.header(HmacAuth.POLY_ADDRESS);
        String signature = ctx.header(HmacAuth.POLY_SIGNATURE);
        String timestamp = ctx.header(HmacAuth.POLY_TIMESTAMP);
        String nonceText = ctx.header(HmacAuth.POLY_NONCE);
        if (address == null || signature == null || timestamp == null) throw ApiError.unauthorized("Invalid L1 Request headers");
        try {
            long nonce = nonceText == null || nonceText.isBlank() ? 0 : Long.parseLong(nonceText.trim());
            // ClobAuthSigner.recoverClobAuthSigner, with libsecp256k1 recovery where it loads.
            String recovered = NativeRecovery.recoverAddress(ClobAuthSigner.digest(chainId, address, timestamp, BigInteger.valueOf(nonce)), signature);
            if (!recovered.equalsIgnoreCase(address)) throw ApiError.unauthorized("Invalid L1 Request headers");
            return new L1Proof(new WalletAddress(address), nonce);
        } catch (IllegalArgumentException e) {
            // Malformed address, nonce or signature: the same answer as a wrong signature.
            throw ApiError.unauthorized("Invalid L1 Request headers");
        }
    }

    public record L1Proof(WalletAddress address, long nonce) {}

    /**
     * Verifies the five L2 headers against the raw body and the request path without the sim's
     * service prefix (the client signs {@code /order}, not {@code /clob/order}) and without the query.
     */
    public ApiKeyOwner level2(Context ctx, String requestPath) {
        String address = ctx.header(HmacAuth.POLY_ADDRESS);
        String signature = ctx.header(HmacAuth.POLY_SIGNATURE);
        String timestamp = ctx.header(HmacAuth.POLY_TIMESTAMP);
        String passphrase = ctx.header(HmacAuth.POLY_PASSPHRASE);
        if (address == null || signature == null || timestamp == null || passphrase == null) throw ApiError.unauthorized(INVALID_KEY);
        ApiKeyOwner owner = keys.owner(ctx.header(HmacAuth.POLY_API_KEY)).orElseThrow(() -> ApiError.unauthorized(INVALID_KEY));
        if (!owner.address().value().equalsIgnoreCase(address.trim())) throw ApiError.unauthorized(INVALID_KEY);
        if (!constantTimeEquals(owner.credentials().passphrase(), passphrase)) throw ApiError.unauthorized(INVALID_KEY);
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw ApiError.unauthorized(INVALID_KEY);
        }
        if (Math.abs(wallClock.now().getEpochSecond() - seconds) > MAX_SKEW_SECONDS) throw ApiError.unauthorized(INVALID_KEY);
        byte[] raw = ctx.bodyAsBytes();
        String body = raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
        String expected = HmacAuth.signature(owner.credentials().secret(), timestamp, ctx.method().name(), requestPath, body);
        if (!constantTimeEquals(expected, signature.trim())) throw ApiError.unauthorized(INVALID_KEY);
        return owner;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
