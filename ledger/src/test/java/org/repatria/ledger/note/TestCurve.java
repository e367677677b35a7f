package org.repatria.ledger.note;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain affine arithmetic on edwards25519 in {@link BigInteger}, slow and direct, for building test signatures whose R
 * carries a point of small order: RFC 8032 §5.1 (curve constants), §5.1.2 (encoding), §5.1.3 (decoding) and §5.1.4
 * (the addition formula for a = −1).
 */
final class TestCurve {
    static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
    private static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger SQRT_MINUS_ONE = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
    static final Point IDENTITY = new Point(BigInteger.ZERO, BigInteger.ONE);

    private TestCurve() {
    }

    /** An affine point (x, y) of −x² + y² = 1 + d·x²·y² over GF(p). */
    record Point(BigInteger x, BigInteger y) {
    }

    /** §5.1.4: (x1·y2 + x2·y1) / (1 + d·x1·x2·y1·y2), (y1·y2 + x1·x2) / (1 − d·x1·x2·y1·y2). */
    static Point add(Point a, Point b) {
        BigInteger t = D.multiply(a.x()).multiply(b.x()).multiply(a.y()).multiply(b.y()).mod(P);
        BigInteger x = a.x().multiply(b.y()).add(b.x().multiply(a.y())).multiply(BigInteger.ONE.add(t).modInverse(P));
        BigInteger y = a.y().multiply(b.y()).add(a.x().multiply(b.x())).multiply(BigInteger.ONE.subtract(t).mod(P).modInverse(P));
        return new Point(x.mod(P), y.mod(P));
    }

    static Point times(BigInteger n, Point a) {
        Point sum = IDENTITY;
        for (int i = n.bitLength() - 1; i >= 0; i--) {
            sum = add(sum, sum);
            if (n.testBit(i)) {
                sum = add(sum, a);
            }
        }
        return sum;
    }

    /** §5.1.2: y little-endian with x's low bit in the top bit. */
    static byte[] encode(Point a) {
        byte[] out = new byte[32];
        byte[] big = a.y().toByteArray();
        for (int i = 0; i < 32 && i < big.length; i++) {
            out[i] = big[big.length - 1 - i];
        }
        out[31] |= (byte) (a.x().testBit(0) ? 0x80 : 0);
        return out;
    }

    /** §5.1.3: the point a canonical encoding names, or empty when its y gives no x on the curve. */
    static Optional<Point> decode(byte[] encoded) {
        byte[] e = encoded.clone();
        boolean sign = (e[31] & 0x80) != 0;
        e[31] &= 0x7f;
        byte[] big = new byte[32];
        for (int i = 0; i < 32; i++) {
            big[i] = e[31 - i];
        }
        BigInteger y = new BigInteger(1, big);
        BigInteger xx = y.pow(2).subtract(BigInteger.ONE).multiply(D.multiply(y.pow(2)).add(BigInteger.ONE).modInverse(P)).mod(P);
        BigInteger x = xx.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (!x.pow(2).subtract(xx).mod(P).equals(BigInteger.ZERO)) {
            x = x.multiply(SQRT_MINUS_ONE).mod(P);
        }
        if (!x.pow(2).subtract(xx).mod(P).equals(BigInteger.ZERO) || (x.signum() == 0 && sign)) {
            return Optional.empty();
        }
        return Optional.of(new Point(x.testBit(0) == sign ? x : P.subtract(x), y));
    }

    /** The eight points T with [8]T = O, as the multiples [0..7] of one of order 8 (the curve's group is Z/8 × Z/L). */
    static List<Point> smallOrder() {
        for (int y = 2; ; y++) {
            Optional<Point> p = decode(encode(new Point(BigInteger.ZERO, BigInteger.valueOf(y))));
            if (p.isEmpty()) {
                continue;
            }
            Point t = times(L, p.get());
            if (!times(BigInteger.valueOf(4), t).equals(IDENTITY)) {
                List<Point> multiples = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    multiples.add(times(BigInteger.valueOf(i), t));
                }
                return multiples;
            }
        }
    }
}
