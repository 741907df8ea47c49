package io.polybot.store.repo;

/**
 * A user's TOTP secrets (base32), each null when absent.
 *
 * @param secret        the active secret: codes are checked against it
 * @param pendingSecret a secret handed out by an enrolment, active once a code from it is verified
 * @param lastStep      the last accepted time step: a code is accepted once only
 */
public record TotpState(String secret, String pendingSecret, Long lastStep) {
    public boolean enrolled() { return secret != null; }

    /** Never prints the secrets. */
    @Override public String toString() {
        return "TotpState[enrolled=" + enrolled() + ", pending=" + (pendingSecret != null) + ", lastStep=" + lastStep + "]";
    }
}
