//! Unsigned magnitudes as little-endian slices of 64-bit limbs.
//!
//! The linear-time kernels of big-int arithmetic (add, subtract, multiply by
//! a limb, compare, divide with a short quotient or by a limb) plus schoolbook
//! multiplication and Knuth's long division (TAOCP vol. 2, 4.3.1, algorithm D).
//! A magnitude is *normalized* when its last limb is nonzero (zero is the empty
//! slice); every function here takes normalized inputs and returns normalized
//! results. Signs live one level up, in [`super::big`].

use std::cmp::Ordering;

/// Drops high zero limbs.
#[inline]
pub fn normalize(v: &mut Vec<u64>) {
    while let Some(&0) = v.last() {
        v.pop();
    }
}

/// `a <=> b`
#[inline]
pub fn cmp(a: &[u64], b: &[u64]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x.cmp(y);
        }
    }
    Ordering::Equal
}

/// `a + b`
pub fn add(a: &[u64], b: &[u64]) -> Vec<u64> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    let mut carry = 0u64;
    out.extend(long.iter().zip(short).map(|(&x, &y)| {
        let s = x as u128 + y as u128 + carry as u128;
        carry = (s >> 64) as u64;
        s as u64
    }));
    out.extend(long[short.len()..].iter().map(|&x| {
        let (s, c) = x.overflowing_add(carry);
        carry = u64::from(c);
        s
    }));
    if carry != 0 {
        out.push(carry);
    }
    out
}

/// `a - b` for `a >= b`.
pub fn sub(a: &[u64], b: &[u64]) -> Vec<u64> {
    debug_assert!(cmp(a, b) != Ordering::Less);
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0u64;
    out.extend(a.iter().zip(b).map(|(&x, &y)| {
        let d = (x as u128).wrapping_sub(y as u128 + borrow as u128);
        borrow = (d >> 127) as u64;
        d as u64
    }));
    out.extend(a[b.len()..].iter().map(|&x| {
        let (d, c) = x.overflowing_sub(borrow);
        borrow = u64::from(c);
        d
    }));
    debug_assert_eq!(borrow, 0);
    normalize(&mut out);
    out
}

/// `a * m` for one limb `m`.
pub fn mul_limb(a: &[u64], m: u64) -> Vec<u64> {
    if m == 0 || a.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    out.extend(a.iter().map(|&x| {
        let p = x as u128 * m as u128 + carry as u128;
        carry = (p >> 64) as u64;
        p as u64
    }));
    if carry != 0 {
        out.push(carry);
    }
    out
}

/// `acc += a * m` over `acc.len() == a.len()` limbs; returns the carry limb.
#[inline]
fn addmul_limb(acc: &mut [u64], a: &[u64], m: u64) -> u64 {
    debug_assert_eq!(acc.len(), a.len());
    let mut carry = 0u64;
    for (r, &x) in acc.iter_mut().zip(a) {
        let p = x as u128 * m as u128 + *r as u128 + carry as u128;
        *r = p as u64;
        carry = (p >> 64) as u64;
    }
    carry
}

/// `acc -= a * m` over `acc.len() == a.len()` limbs; returns the limb to
/// subtract from the next higher position.
#[inline]
fn submul_limb(acc: &mut [u64], a: &[u64], m: u64) -> u64 {
    debug_assert_eq!(acc.len(), a.len());
    let mut carry = 0u64;
    for (r, &x) in acc.iter_mut().zip(a) {
        // p < 2**128 - 2**64 + 1, and when its high half is all ones its low
        // half is 0, so high + borrow never overflows.
        let p = x as u128 * m as u128 + carry as u128;
        let (d, borrow) = r.overflowing_sub(p as u64);
        *r = d;
        carry = (p >> 64) as u64 + u64::from(borrow);
    }
    carry
}

/// `acc += a` over `acc.len() == a.len()` limbs; returns the carry.
#[inline]
fn add_in_place(acc: &mut [u64], a: &[u64]) -> u64 {
    let mut carry = 0u64;
    for (r, &x) in acc.iter_mut().zip(a) {
        let s = *r as u128 + x as u128 + carry as u128;
        *r = s as u64;
        carry = (s >> 64) as u64;
    }
    carry
}

/// Schoolbook `a * b`: O(len(a) * len(b)), the fastest below a few dozen limbs.
pub fn mul_schoolbook(a: &[u64], b: &[u64]) -> Vec<u64> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if short.len() == 1 {
        return mul_limb(long, short[0]);
    }
    let mut out = vec![0u64; long.len() + short.len()];
    for (i, &m) in short.iter().enumerate() {
        let carry = addmul_limb(&mut out[i..i + long.len()], long, m);
        out[i + long.len()] = carry;
    }
    normalize(&mut out);
    out
}

/// `(a / d, a % d)` for one nonzero limb `d`.
pub fn divrem_limb(a: &[u64], d: u64) -> (Vec<u64>, u64) {
    debug_assert!(d != 0);
    let mut q = vec![0u64; a.len()];
    let mut rem = 0u64;
    for (qi, &x) in q.iter_mut().zip(a).rev() {
        let n = (rem as u128) << 64 | x as u128;
        *qi = (n / d as u128) as u64;
        rem = (n % d as u128) as u64;
    }
    normalize(&mut q);
    (q, rem)
}

/// `a << s` for `s < 64`, with one more limb (possibly zero) on top.
fn shl_bits_extended(a: &[u64], s: u32) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len() + 1);
    if s == 0 {
        out.extend_from_slice(a);
        out.push(0);
        return out;
    }
    let mut carry = 0u64;
    out.extend(a.iter().map(|&x| {
        let v = x << s | carry;
        carry = x >> (64 - s);
        v
    }));
    out.push(carry);
    out
}

/// `a >> s` for `s < 64`, in place, normalized.
fn shr_bits_in_place(a: &mut Vec<u64>, s: u32) {
    if s != 0 {
        let mut high = 0u64;
        for x in a.iter_mut().rev() {
            let v = *x >> s | high;
            high = *x << (64 - s);
            *x = v;
        }
    }
    normalize(a);
}

/// `(a / b, a % b)` for a nonzero `b` (truncating; magnitudes).
///
/// O((len(a) - len(b) + 1) * len(b)): linear when the quotient is short.
pub fn divrem(a: &[u64], b: &[u64]) -> (Vec<u64>, Vec<u64>) {
    debug_assert!(!b.is_empty());
    if cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divrem_limb(a, b[0]);
        return (q, if r == 0 { Vec::new() } else { vec![r] });
    }
    // D1: scale so that the divisor's top limb has its high bit set; the
    // quotient digit estimates are then off by at most two.
    let s = b[b.len() - 1].leading_zeros();
    let v = {
        let mut v = shl_bits_extended(b, s);
        v.pop(); // the top bit of b's last limb stays inside it
        v
    };
    let mut u = shl_bits_extended(a, s);
    let n = v.len();
    let m = a.len() - n;
    let (v_top, v_next) = (v[n - 1] as u128, v[n - 2] as u128);
    let mut q = vec![0u64; m + 1];
    const B: u128 = 1 << 64;
    for j in (0..=m).rev() {
        // D3: estimate the quotient digit from the top two limbs, refined
        // with the third so that it is at most one too large.
        let top = (u[j + n] as u128) << 64 | u[j + n - 1] as u128;
        let mut qhat = top / v_top;
        let mut rhat = top % v_top;
        while qhat >= B {
            qhat -= 1;
            rhat += v_top;
        }
        while rhat < B && qhat * v_next > (rhat << 64 | u[j + n - 2] as u128) {
            qhat -= 1;
            rhat += v_top;
        }
        // D4-D6: subtract qhat * v; if that went negative, add v back once.
        let borrow = submul_limb(&mut u[j..j + n], &v, qhat as u64);
        let (top_limb, negative) = u[j + n].overflowing_sub(borrow);
        u[j + n] = top_limb;
        if negative {
            qhat -= 1;
            let carry = add_in_place(&mut u[j..j + n], &v);
            u[j + n] = u[j + n].wrapping_add(carry);
        }
        q[j] = qhat as u64;
    }
    normalize(&mut q);
    // D8: the remainder is the low n limbs, unscaled.
    u.truncate(n);
    shr_bits_in_place(&mut u, s);
    (q, u)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigUint;

    fn to_big(a: &[u64]) -> BigUint {
        let mut words = Vec::with_capacity(a.len() * 2);
        for &x in a {
            words.push(x as u32);
            words.push((x >> 32) as u32);
        }
        BigUint::new(words)
    }

    /// Deterministic pseudo-random magnitudes with runs of zero and all-one
    /// limbs, which exercise the carry and the division correction paths.
    struct Gen(u64);

    impl Gen {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 ^ (self.0 >> 29)
        }

        fn limbs(&mut self, len: usize) -> Vec<u64> {
            let mut v: Vec<u64> = (0..len)
                .map(|_| match self.next() % 8 {
                    0 => 0,
                    1 => u64::MAX,
                    2 => 1 << 63,
                    _ => self.next(),
                })
                .collect();
            if let Some(last) = v.last_mut() {
                if *last == 0 {
                    *last = 1 + self.next() % 5;
                }
            }
            v
        }
    }

    #[test]
    fn kernels_agree_with_num_bigint() {
        let mut g = Gen(7);
        for round in 0..3000 {
            let (la, lb) = (g.next() as usize % 12, g.next() as usize % 12);
            let (a, b) = (g.limbs(la), g.limbs(lb));
            let (ba, bb) = (to_big(&a), to_big(&b));
            assert_eq!(to_big(&add(&a, &b)), &ba + &bb, "round {round}");
            assert_eq!(cmp(&a, &b), ba.cmp(&bb));
            if ba >= bb {
                assert_eq!(to_big(&sub(&a, &b)), &ba - &bb);
            }
            assert_eq!(to_big(&mul_schoolbook(&a, &b)), &ba * &bb);
            if let Some(&m) = b.first() {
                assert_eq!(to_big(&mul_limb(&a, m)), &ba * m);
            }
            if !b.is_empty() {
                let (q, r) = divrem(&a, &b);
                assert_eq!(to_big(&q), &ba / &bb, "round {round}: {a:?} / {b:?}");
                assert_eq!(to_big(&r), &ba % &bb, "round {round}");
                assert!(q.last() != Some(&0) && r.last() != Some(&0));
            }
        }
    }

    #[test]
    fn division_correction_cases() {
        // Quotient digits that need the add-back step (D6) and top limbs equal
        // to the divisor's (qhat == B).
        let cases: [(&[u64], &[u64]); 4] = [
            (&[0, 0, 1 << 63], &[1, 1 << 63]),
            (&[u64::MAX, u64::MAX, u64::MAX - 1], &[u64::MAX, u64::MAX]),
            (&[0, u64::MAX, 1 << 63, 1], &[u64::MAX, 1 << 63]),
            (&[3, 0, 0, 0x8000_0000_0000_0000], &[1, 0, 0x8000_0000_0000_0000]),
        ];
        for (a, b) in cases {
            let (q, r) = divrem(a, b);
            assert_eq!(to_big(&q), to_big(a) / to_big(b));
            assert_eq!(to_big(&r), to_big(a) % to_big(b));
        }
    }
}
