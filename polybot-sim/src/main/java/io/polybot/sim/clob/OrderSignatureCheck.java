package io.polybot.sim.clob;

import io.polybot.polymarket.crypto.Signatures;
import io.polybot.polymarket.order.ClobOrder;
import io.polybot.polymarket.order.DepositWalletSignature;
import io.polybot.polymarket.order.ExchangeDomain;
import io.polybot.polymarket.order.OrderHashing;
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
    private final long chainId;

    OrderSignatureCheck(long chainId) { this.chainId = chainId; }

    long chainId() { return chainId; }

    void verify(SignedClobOrder signed, boolean negRisk, ApiKeyOwner key) {
        ClobOrder order = signed.order();
        String keyAddress = key.address().value();
        ExchangeDomain domain = ExchangeDomain.forOrder(order.version(), chainId, negRisk);
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
        if (!recovers(order, domain, signed.signature())) {
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
        ClobOrder asOther = new ClobOrder(other, order.salt(), order.maker(), order.signer(), order.taker(), order.tokenId(),
                order.makerAmount(), order.takerAmount(), order.side(), order.signatureType(), order.timestamp(), order.metadata(),
                order.builder(), order.expiration(), order.nonce(), order.feeRateBps());
        ExchangeDomain domain = ExchangeDomain.forOrder(other, chainId, negRisk);
        return depositWallet ? depositWalletOwner(asOther, domain, signature) != null : recovers(asOther, domain, signature);
    }

    private static boolean recovers(ClobOrder order, ExchangeDomain domain, String signature) {
        try {
            return Signatures.recoverAddress(OrderHashing.digest(order, domain), signature).equalsIgnoreCase(order.signer());
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
