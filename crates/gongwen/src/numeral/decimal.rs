//! Exact decimals: numbers are read as `mantissa × 10^exp` with checked integer arithmetic
//! and turned into an `f64` once, so `1.1亿` is exactly 110000000 and `2.4万` 24000.

/// The largest power of ten an exponent may reach either way (beyond it a reading
/// overflows: no document writes such numbers).
const MAX_EXP: i32 = 64;

/// The powers of ten that are exact in an `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// `10^k` as an `f64` (exact up to 10^22).
pub(crate) fn pow10_f64(k: i32) -> f64 {
    match usize::try_from(k).ok().and_then(|k| POW10.get(k)) {
        Some(&p) => p,
        None => 10f64.powi(k),
    }
}

/// `k` when `m` is exactly `10^k` for `0 ≤ k ≤ 22`.
pub(crate) fn exact_log10(m: f64) -> Option<i32> {
    #[allow(clippy::cast_possible_truncation)] // a small integer after round()
    let k = m.log10().round() as i32;
    (pow10_f64(k) == m && (0..=22).contains(&k)).then_some(k)
}

/// A non-negative decimal `m × 10^exp`, exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct Dec {
    /// The digits.
    pub(crate) m: u64,
    /// The power of ten they are scaled by.
    pub(crate) exp: i32,
}

/// The powers of ten that fit a `u64`.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const POW10_U64: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `10^k` as a `u64`, if it fits.
pub(crate) fn pow10(k: i32) -> Option<u64> {
    POW10_U64.get(usize::try_from(k).ok()?).copied()
}

impl Dec {
    /// Zero.
    pub(crate) const ZERO: Dec = Dec { m: 0, exp: 0 };

    /// The integer `m`.
    pub(crate) const fn int(m: u64) -> Dec {
        Dec { m, exp: 0 }
    }

    /// True for zero.
    pub(crate) const fn is_zero(self) -> bool {
        self.m == 0
    }

    /// `self × 10^k`; `None` beyond [`MAX_EXP`].
    pub(crate) fn shift(self, k: i32) -> Option<Dec> {
        if self.m == 0 {
            return Some(Dec::ZERO);
        }
        let exp = self.exp.checked_add(k)?;
        (-MAX_EXP..=MAX_EXP).contains(&exp).then_some(Dec { m: self.m, exp })
    }

    /// `self × v` for a small integer `v`.
    pub(crate) fn mul_int(self, v: u64) -> Option<Dec> {
        Some(Dec { m: self.m.checked_mul(v)?, exp: self.exp })
    }

    /// `self × other`, exact; `None` when the digits overflow.
    pub(crate) fn mul(self, other: Dec) -> Option<Dec> {
        Some(Dec { m: self.m.checked_mul(other.m)?, exp: self.exp.checked_add(other.exp)? })
    }

    /// `self + other`, exact; `None` when the digits overflow.
    pub(crate) fn add(self, other: Dec) -> Option<Dec> {
        if self.m == 0 {
            return Some(other);
        }
        if other.m == 0 {
            return Some(self);
        }
        if self.exp == other.exp {
            return Some(Dec { m: self.m.checked_add(other.m)?, exp: self.exp });
        }
        let exp = self.exp.min(other.exp);
        let a = self.m.checked_mul(pow10(self.exp - exp)?)?;
        let b = other.m.checked_mul(pow10(other.exp - exp)?)?;
        Some(Dec { m: a.checked_add(b)?, exp })
    }

    /// The same value with no trailing zero digit in the mantissa (`m` is not a multiple of
    /// ten unless zero): equal values have equal normal forms.
    pub(crate) fn normal(mut self) -> Dec {
        if self.m == 0 {
            return Dec::ZERO;
        }
        while self.m % 10 == 0 {
            self.m /= 10;
            self.exp += 1;
        }
        self
    }

    /// True when `self <= other`.
    pub(crate) fn le(self, other: Dec) -> bool {
        let (a, b) = (self.normal(), other.normal());
        if a.m == 0 || b.m == 0 {
            return a.m == 0;
        }
        // Compare the magnitudes first (the count of integer digits), then the digits.
        let mag = |d: Dec| d.exp + d.m.ilog10() as i32;
        match mag(a).cmp(&mag(b)) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal => {
                let e = a.exp.min(b.exp);
                match (pow10(a.exp - e), pow10(b.exp - e)) {
                    (Some(pa), Some(pb)) => match (a.m.checked_mul(pa), b.m.checked_mul(pb)) {
                        (Some(x), Some(y)) => x <= y,
                        _ => a.to_f64() <= b.to_f64(),
                    },
                    _ => a.to_f64() <= b.to_f64(),
                }
            }
        }
    }

    /// The count of decimals written (digits after the point), 0 for an integer.
    pub(crate) fn decimals(self) -> u32 {
        let n = self.normal();
        if n.exp >= 0 { 0 } else { n.exp.unsigned_abs() }
    }

    /// The nearest `f64`: one correctly rounded operation on exact operands while the
    /// digits fit in 53 bits, else the correctly rounded parse of the decimal text.
    pub(crate) fn to_f64(self) -> f64 {
        if self.m == 0 {
            return 0.0;
        }
        let k = self.exp.unsigned_abs() as usize;
        if self.m < (1u64 << 53) {
            if let Some(&p) = POW10.get(k) {
                #[allow(clippy::cast_precision_loss)] // m < 2^53: exact
                let m = self.m as f64;
                return if self.exp >= 0 { m * p } else { m / p };
            }
        }
        format!("{}e{}", self.m, self.exp).parse().unwrap_or(f64::NAN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_scaling() {
        let d = |m, exp| Dec { m, exp };
        assert_eq!(d(11, -1).shift(8).map(Dec::to_f64), Some(110_000_000.0), "1.1亿");
        assert_eq!(d(24, -1).shift(4).map(Dec::to_f64), Some(24_000.0), "2.4万");
        assert_eq!(d(157, -2).to_f64(), 1.57);
        assert_eq!(d(3, 0).add(d(4, -1)).map(Dec::to_f64), Some(3.4));
        assert!(d(2, 0).le(d(30, -1)));
        assert!(!d(31, -1).le(d(3, 0)));
        assert!(d(3, 0).le(d(300, -2)));
        assert_eq!(d(u64::MAX, 0).add(d(1, 0)), None, "overflow is reported");
        assert_eq!(d(1, 0).shift(1000), None);
        assert_eq!(d(1, 70).to_f64(), 1e70, "large exponents parse");
    }
}
