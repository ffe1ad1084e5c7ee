package uk.foi.api.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, for what is stored only as a fingerprint: calendar feed tokens and intake bodies under an Idempotency-Key. */
public final class Sha256 {

    private Sha256() {
    }

    /** @param bytes the input @return its SHA-256, 32 bytes */
    public static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
