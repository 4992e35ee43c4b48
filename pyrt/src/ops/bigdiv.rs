//! Floor division of big ints, with a fast path for short quotients.
//!
//! Spigot and continued-fraction programs divide numbers of thousands of
//! digits whose quotient is a small int (pi digits: 0..9). A general division
//! (num-bigint's Burnikel-Ziegler) normalises and copies both operands for
//! that; estimating the quotient from the leading bits and correcting it
//! costs one multiply by a word and one subtraction, both linear.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;

/// Quotients are estimated only when they have at most this many bits, so
/// that the `f64` estimate is off by a few units at most.
const SHORT_QUOTIENT_BITS: u64 = 48;

/// Divisors shorter than this go straight to num-bigint (already fast).
const LONG_DIVISOR_BITS: u64 = 128;

/// `(x // y, x % y)` with Python's flooring; `y` is nonzero.
pub(crate) fn div_mod_floor(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    match short_quotient(x, y) {
        Some(result) => result,
        None => x.div_mod_floor(y),
    }
}

/// `x // y`; `y` is nonzero.
pub(crate) fn div_floor(x: &BigInt, y: &BigInt) -> BigInt {
    match short_quotient(x, y) {
        Some((q, _)) => q,
        None => x.div_floor(y),
    }
}

/// `x % y`, with the divisor's sign; `y` is nonzero.
pub(crate) fn mod_floor(x: &BigInt, y: &BigInt) -> BigInt {
    match short_quotient(x, y) {
        Some((_, r)) => r,
        None => x.mod_floor(y),
    }
}

/// The floor quotient and remainder of two positive ints whose quotient is
/// short, or `None` when the fast path does not apply.
fn short_quotient(x: &BigInt, y: &BigInt) -> Option<(BigInt, BigInt)> {
    if x.sign() != Sign::Plus || y.sign() != Sign::Plus {
        return None;
    }
    let (x_bits, y_bits) = (x.bits(), y.bits());
    if y_bits < LONG_DIVISOR_BITS || x_bits > y_bits + SHORT_QUOTIENT_BITS {
        return None;
    }
    if x_bits < y_bits {
        return Some((BigInt::from(0u8), x.clone()));
    }
    let estimate = leading_ratio(x, y).floor().max(0.0) as u64;
    // The estimate is within a few units of the quotient: correct it.
    let mut q = estimate;
    let mut r = x - y * q;
    while r.sign() == Sign::Minus {
        q -= 1;
        r += y;
    }
    while &r >= y {
        q += 1;
        r -= y;
    }
    Some((BigInt::from(q), r))
}

/// `x / y` in floating point from the leading 64 bits of each (both
/// positive, `y` at least 128 bits long, the ratio below 2**49).
fn leading_ratio(x: &BigInt, y: &BigInt) -> f64 {
    let (x_top, x_exp) = leading_bits(x);
    let (y_top, y_exp) = leading_bits(y);
    // The exponent difference is at most 48: an exact power of two.
    (x_top as f64 / y_top as f64) * 2f64.powi((x_exp - y_exp) as i32)
}

/// The 64 bits below the leading one bit of a positive int, as the word
/// `top` and the exponent `e` with `top * 2**e` equal to the int truncated.
fn leading_bits(v: &BigInt) -> (u64, i64) {
    let bits = v.bits();
    let mut digits = v.magnitude().iter_u64_digits().rev();
    let high = digits.next().unwrap_or(0);
    let low = digits.next().unwrap_or(0);
    // Align the leading one bit to bit 63 of the word.
    let shift = high.leading_zeros();
    let top = if shift == 0 {
        high
    } else {
        (high << shift) | (low >> (64 - shift))
    };
    (top, bits as i64 - 64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(text: &str) -> BigInt {
        text.parse().unwrap()
    }

    #[test]
    fn agrees_with_num_bigint_around_the_fast_path() {
        let ys = [
            big("340282366920938463463374607431768211457"),
            big("123456789012345678901234567890123456789012345678901234567890"),
            (BigInt::from(1u8) << 200u32) - 1u8,
            BigInt::from(1u8) << 300u32,
        ];
        for y in &ys {
            for q in [0u64, 1, 2, 7, 9, 10, 12345, (1 << 47) - 1, 1 << 47] {
                for delta in [-1i64, 0, 1] {
                    let base = y * q;
                    let rem_candidates = [BigInt::from(0u8), y - 1u8, y / 2u8];
                    for r in &rem_candidates {
                        let x = &base + r + delta;
                        if x.sign() == Sign::Minus {
                            continue;
                        }
                        assert_eq!(div_mod_floor(&x, y), x.div_mod_floor(y), "{x} / {y}");
                        assert_eq!(div_floor(&x, y), x.div_floor(y));
                        assert_eq!(mod_floor(&x, y), x.mod_floor(y));
                    }
                }
            }
        }
    }

    #[test]
    fn negative_and_long_quotients_take_the_general_path() {
        let y = big("340282366920938463463374607431768211457");
        let x = &y * 1000u32 + 5u8;
        assert_eq!(div_mod_floor(&-&x, &y), (-&x).div_mod_floor(&y));
        assert_eq!(div_mod_floor(&x, &-&y), x.div_mod_floor(&-&y));
        let long = &y << 100u32;
        assert_eq!(div_mod_floor(&long, &y), long.div_mod_floor(&y));
        assert!(short_quotient(&long, &y).is_none());
    }

    #[test]
    fn leading_bits_are_the_top_word() {
        let v = (BigInt::from(0xdead_beefu64) << 100u32) + 77u8;
        let (top, exp) = leading_bits(&v);
        assert_eq!(
            BigInt::from(top) << (exp as u32),
            &v >> (exp as u32) << (exp as u32)
        );
    }
}
