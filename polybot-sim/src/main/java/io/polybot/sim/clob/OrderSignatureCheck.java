package io.polybot.sim.clob;

import io.polybot.polymarket.crypto.NativeRecovery;
import io.polybot.polymarket.order.ClobOrder;
import io.polybot.polymarket.order.DepositWalletSignature;
import io.polybot.polymarket.order.ExchangeDomain;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.SignatureType;
import io.polybot.polymarket.order.SignedClobOrder;
import io.polybot.sim.http.ApiError;

/**
 * The venue's order-signature rules (PROTOCOL §2.3, §3.9): who may sign for whom.
 *
 * <ul>
 *   <li>EOA: the API key's wallet signs and trades from itself ({@code maker = signer}).</li>
 *   <li>POLY_PROXY, POLY_GNOSIS_SAFE: the key's wallet signs; {@code maker} is the funder it owns.</li>
 *   <li>POLY_1271: {@code maker = signer} = the deposit wallet; the key's wallet signs the ERC-7739 wrapper.</li>
 * </ul>
 *
 * A signature valid only under another exchange version's domain means the client signed for the
 * wrong exchange: {@code order_version_mismatch}, so the official client refreshes {@code /version}.
 */
final class OrderSignatureCheck {
    private final ExchangeDomains domains;

    OrderSignatureCheck(ExchangeDomains domains) { this.domains = domains; }

    /** {@code digest}: the order's EIP-712 digest under its own version's domain, already computed for its id. */
    void verify(SignedClobOrder signed, byte[] digest, boolean negRisk, ApiKeyOwner key) {
        ClobOrder order = signed.order();
        String keyAddress = key.address().value();
        ExchangeDomain domain = domains.domain(order.version(), negRisk);
        if (order.signatureType() == SignatureType.POLY_1271) {
            if (!order.maker().equalsIgnoreCase(order.signer())) throw invalidSignature();
            String owner = depositWalletOwner(order, domain, signed.signature());
            if (owner == null) {
                if (signedForOtherVersion(order, negRisk, signed.signature(), true)) throw OrderIntake.versionMismatch(order.version());
                throw invalidSignature();
            }
            if (!owner.equalsIgnoreCase(keyAddress))
                throw ApiError.badRequest("the order signer address has to be the address of the API KEY");
            return;
        }
        if (!recovers(order, digest, signed.signature())) {
            if (signedForOtherVersion(order, negRisk, signed.signature(), false)) throw OrderIntake.versionMismatch(order.version());
            throw invalidSignature();
        }
        if (!keyAddress.equalsIgnoreCase(order.signer()))
            throw ApiError.badRequest("the order signer address has to be the address of the API KEY");
        if (order.signatureType() == SignatureType.EOA && !order.maker().equalsIgnoreCase(order.signer()))
            throw invalidSignature(); // an EOA trades from its own address only
    }

    /** V2 and V3 share the struct: a V2-signed order sent to a V3 market (or back) verifies under the other domain. */
    private boolean signedForOtherVersion(ClobOrder order, boolean negRisk, String signature, boolean depositWallet) {
        if (order.version() == OrderVersion.V1) return false;
        OrderVersion other = order.version() == OrderVersion.V2 ? OrderVersion.V3 : OrderVersion.V2;
        ClobOrder asOther = asVersion(order, other);
        return depositWallet ? depositWalletOwner(asOther, domains.domain(other, negRisk), signature) != null
                : recovers(asOther, domains.digest(asOther, negRisk), signature);
    }

    /** The same order under another exchange version (V2 and V3 share the struct; a body does not say which it is). */
    static ClobOrder asVersion(ClobOrder order, OrderVersion version) {
        if (order.version() == version) return order;
        return new ClobOrder(version, order.salt(), order.maker(), order.signer(), order.taker(), order.tokenId(),
                order.makerAmount(), order.takerAmount(), order.side(), order.signatureType(), order.timestamp(), order.metadata(),
                order.builder(), order.expiration(), order.nonce(), order.feeRateBps());
    }

    private static boolean recovers(ClobOrder order, byte[] digest, String signature) {
        try {
            // libsecp256k1 where it loads: every order is checked, and web3j's recovery was the order path's bottleneck.
            return NativeRecovery.recoverAddress(digest, signature).equalsIgnoreCase(order.signer());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String depositWalletOwner(ClobOrder order, ExchangeDomain domain, String signature) {
        try {
            return DepositWalletSignature.recoverOwner(order, domain, signature);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ApiError invalidSignature() { return ApiError.badRequest("invalid signature"); }
}
