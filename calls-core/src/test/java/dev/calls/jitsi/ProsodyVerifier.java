package dev.calls.jitsi;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a token the way Prosody's token_util does: typ JWT, the configured alg, signature, issuer,
 * audience, subject, room (lowercased, or {@code *}), then {@code now >= exp} and {@code now < nbf} with no
 * leeway. Returns null when the token is accepted, else the reason.
 */
record ProsodyVerifier(JWSVerifier verifier, String alg, Set<String> issuers, Set<String> audiences, String subject) {

    String check(String token, String room, Instant at) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JOSEObjectType.JWT.equals(jwt.getHeader().getType())) {
                return "typ";
            }
            if (!jwt.getHeader().getAlgorithm().getName().equals(alg)) {
                return "alg";
            }
            if (!jwt.verify(verifier)) {
                return "signature";
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuers.contains(claims.getIssuer())) {
                return "iss";
            }
            if (!audiences.contains("*") && claims.getAudience().stream().noneMatch(audiences::contains)) {
                return "aud";
            }
            String sub = claims.getSubject();
            if (!"*".equals(sub) && !subject.equalsIgnoreCase(sub)) {
                return "sub";
            }
            String claimRoom = claims.getStringClaim("room");
            if (!"*".equals(claimRoom) && !room.toLowerCase(Locale.ROOT).equals(claimRoom.toLowerCase(Locale.ROOT))) {
                return "room";
            }
            long now = at.getEpochSecond();
            if (now >= claims.getExpirationTime().toInstant().getEpochSecond()) {
                return "expired";
            }
            if (now < claims.getNotBeforeTime().toInstant().getEpochSecond()) {
                return "not yet valid";
            }
            return null;
        } catch (Exception e) {
            return "malformed: " + e.getMessage();
        }
    }
}
