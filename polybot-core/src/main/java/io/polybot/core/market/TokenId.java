package io.polybot.core.market;

import java.math.BigInteger;

/** An outcome token: the CTF ERC-1155 position id, a uint256 written in decimal. */
public record TokenId(String value) {
    public TokenId {
        if (value == null || value.isEmpty() || !value.chars().allMatch(Character::isDigit))
            throw new IllegalArgumentException("token id must be a decimal uint256, was " + value);
        if (new BigInteger(value).bitLength() > 256) throw new IllegalArgumentException("token id exceeds uint256: " + value);
    }
    @Override public String toString() { return value; }
}
