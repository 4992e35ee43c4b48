//! The Mersenne Twister (MT19937) behind `random`, step for step as CPython's
//! `_randommodule.c` runs it: seeding from an array of 32-bit words, the
//! tempered 32-bit outputs, the 53-bit float, `getrandbits` and the
//! `_randbelow` rejection loop built on it.
//!
//! Invariant: every value derives from [`Mt::next_u32`] in the order CPython
//! draws them, so the same seed and call sequence give the same numbers.

use num_bigint::BigUint;

/// Words of state.
pub const N: usize = 624;
/// The twist offset.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A Mersenne Twister: 624 words of state and the index of the next word.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    /// The next word to temper; `N` means the state must be twisted first.
    index: usize,
}

impl Mt {
    /// `init_genrand(s)`: the state that seeding by array starts from.
    fn from_u32(seed: u32) -> Mt {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            let prev = state[i - 1];
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt { state, index: N }
    }

    /// `init_by_array(key)`: how CPython seeds from an int's 32-bit words
    /// (least significant first). `key` may be empty only in theory: CPython
    /// always passes at least one word, and so do the callers here.
    pub fn from_key(key: &[u32]) -> Mt {
        let mut mt = Mt::from_u32(19_650_218);
        let s = &mut mt.state;
        let len = key.len().max(1);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(len) {
            let prev = s[i - 1];
            let word = key.get(j).copied().unwrap_or(0);
            s[i] = (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(word)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = s[i - 1];
            s[i] =
                (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
        }
        s[0] = 0x8000_0000;
        mt
    }

    /// A generator with exactly this state (`setstate`); `None` unless
    /// `index <= N`, as CPython checks.
    pub fn from_state(state: [u32; N], index: usize) -> Option<Mt> {
        (index <= N).then_some(Mt { state, index })
    }

    /// The state words and the index (`getstate`).
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// Regenerates the whole state once every 624 outputs.
    fn twist(&mut self) {
        let s = &mut self.state;
        let mix = |upper: u32, lower: u32, far: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            s[k] = mix(s[k], s[k + 1], s[k + M]);
        }
        for k in N - M..N - 1 {
            s[k] = mix(s[k], s[k + 1], s[k + M - N]);
        }
        s[N - 1] = mix(s[N - 1], s[0], s[M - 1]);
        self.index = 0;
    }

    /// `genrand_uint32`: the next tempered 32-bit output.
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 27 bits of one output and 26 of the next, as a float in [0, 1).
    #[inline]
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k));
                low | (high << 32)
            }
        }
    }

    /// `getrandbits(k)` for any `k > 0`, as 32-bit words (least significant
    /// first); only the last word is shortened when `k` is not a multiple of 32.
    pub fn bits_words(&mut self, k: u64) -> Vec<u32> {
        let words = k.div_ceil(32);
        let mut out = Vec::with_capacity(usize::try_from(words).unwrap_or(0));
        let mut left = k;
        while left > 0 {
            let r = self.next_u32();
            out.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        out
    }

    /// `getrandbits(k)` for any `k`, as an unsigned big int.
    pub fn bits_big(&mut self, k: u64) -> BigUint {
        BigUint::new(self.bits_words(k))
    }

    /// `_randbelow(n)` for `0 < n`: `getrandbits(n.bit_length())` until
    /// below `n`.
    pub fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for a big `n > 0`.
    pub fn below_big(&mut self, n: &BigUint) -> BigUint {
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference outputs of Matsumoto and Nishimura's `mt19937ar.c`
    /// (seeded by array `{0x123, 0x234, 0x345, 0x456}`).
    #[test]
    fn matches_the_reference_implementation() {
        let mut mt = Mt::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn short_words_keep_the_high_bits() {
        let mut a = Mt::from_key(&[7]);
        let mut b = a.clone();
        let full = a.next_u32();
        assert_eq!(b.bits_u64(5), u64::from(full >> 27));
        assert_eq!(Mt::from_state([0; N], N + 1).map(|_| ()), None);
    }
}
