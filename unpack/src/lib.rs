//! An LZMA decoder compiled to its own small WebAssembly module. The default entry carries the
//! main module compressed inside its JavaScript (so every bundler and runtime gets it without
//! emitting or fetching an asset) and unpacks it synchronously on first use. LZMA makes the
//! download 11 KB smaller than the best DEFLATE (zopfli) did; decoding it takes a few
//! milliseconds more (`npm run bench` measures the first use).
//!
//! The stream is raw LZMA1 (no header) with the default properties lc=3, lp=0, pb=0 (pb=0: wasm has no 4-byte alignment for pb=2 to model; it packs 0.3% smaller), as Python's
//! `lzma.compress(data, format=FORMAT_RAW, filters=[{"id": FILTER_LZMA1, ...}])` writes it; the
//! length of the output is known. The JS side (js/embedded.js) writes the input into this
//! module's memory, calls `unpack`, and copies the output out. Corrupt input gives `None` (0 in
//! JS), never a trap: every read and write is checked.

#![cfg_attr(target_arch = "wasm32", no_std)]
#![deny(clippy::indexing_slicing, clippy::panic, clippy::unwrap_used, clippy::expect_used)]

/// Literal context bits (LZMA's default) and position bits (0: see above; scripts/build.mjs writes both).
const LC: usize = 3;
const PB: usize = 0;
/// Probabilities start at one half of 2^11 ([`Model::reset`]).
const HALF: u16 = 1024;

/// The range decoder: the arithmetic decoding of bits with adaptive probabilities.
struct Range<'a> {
    input: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl Range<'_> {
    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            self.range <<= 8;
            // Past the end of the input: zeros, and `Range::overran` says so.
            self.code = (self.code << 8) | u32::from(self.input.get(self.at).copied().unwrap_or(0));
            self.at += 1;
        }
    }

    #[inline(always)]
    fn bit(&mut self, probability: &mut u16) -> usize {
        let bound = (self.range >> 11) * u32::from(*probability);
        let bit = if self.code < bound {
            *probability += (2048 - *probability) >> 5;
            self.range = bound;
            0
        } else {
            *probability -= *probability >> 5;
            self.code -= bound;
            self.range -= bound;
            1
        };
        self.normalize();
        bit
    }

    /// `count` bits with probability one half, most significant first.
    fn direct(&mut self, count: usize) -> usize {
        let mut result = 0usize;
        for _ in 0..count {
            self.range >>= 1;
            let bit = usize::from(self.code >= self.range);
            if bit == 1 {
                self.code -= self.range;
            }
            result = (result << 1) | bit;
            self.normalize();
        }
        result
    }

    /// A `bits`-bit number from a binary tree of probabilities, most significant bit first.
    fn tree(&mut self, probabilities: &mut [u16], bits: usize) -> Option<usize> {
        let mut node = 1usize;
        for _ in 0..bits {
            node = (node << 1) | self.bit(probabilities.get_mut(node)?);
        }
        Some(node - (1 << bits))
    }

    /// The same, least significant bit first.
    fn reverse_tree(&mut self, probabilities: &mut [u16], bits: usize) -> Option<usize> {
        let mut node = 1usize;
        let mut result = 0usize;
        for i in 0..bits {
            let bit = self.bit(probabilities.get_mut(node)?);
            node = (node << 1) | bit;
            result |= bit << i;
        }
        Some(result)
    }

    fn overran(&self) -> bool {
        self.at > self.input.len()
    }
}

/// The decoder of match lengths, one per kind of match (new or repeated).
struct Lengths {
    choice: [u16; 2],
    low: [[u16; 8]; 1 << PB],
    mid: [[u16; 8]; 1 << PB],
    high: [u16; 256],
}

impl Lengths {
    const fn new() -> Lengths {
        Lengths { choice: [0; 2], low: [[0; 8]; 1 << PB], mid: [[0; 8]; 1 << PB], high: [0; 256] }
    }

    fn reset(&mut self) {
        self.choice.fill(HALF);
        self.low.iter_mut().chain(self.mid.iter_mut()).for_each(|p| p.fill(HALF));
        self.high.fill(HALF);
    }

    fn decode(&mut self, range: &mut Range<'_>, position_state: usize) -> Option<usize> {
        let [first, second] = &mut self.choice;
        if range.bit(first) == 0 {
            return range.tree(self.low.get_mut(position_state)?, 3);
        }
        if range.bit(second) == 0 {
            return Some(8 + range.tree(self.mid.get_mut(position_state)?, 3)?);
        }
        Some(16 + range.tree(&mut self.high, 8)?)
    }
}

/// Every adaptive probability of the decoder (about 28 KB): static and zeroed (so the module
/// carries no data for it), set to their start by [`Model::reset`].
pub struct Model {
    literal: [u16; 0x300 << LC],
    is_match: [u16; 12 << PB],
    is_rep: [u16; 12],
    is_rep0: [u16; 12],
    is_rep1: [u16; 12],
    is_rep2: [u16; 12],
    is_rep0_long: [u16; 12 << PB],
    slot: [[u16; 64]; 4],
    special: [u16; 115],
    align: [u16; 16],
    lengths: Lengths,
    rep_lengths: Lengths,
}

impl Model {
    pub const fn new() -> Model {
        Model {
            literal: [0; 0x300 << LC],
            is_match: [0; 12 << PB],
            is_rep: [0; 12],
            is_rep0: [0; 12],
            is_rep1: [0; 12],
            is_rep2: [0; 12],
            is_rep0_long: [0; 12 << PB],
            slot: [[0; 64]; 4],
            special: [0; 115],
            align: [0; 16],
            lengths: Lengths::new(),
            rep_lengths: Lengths::new(),
        }
    }

    fn reset(&mut self) {
        for probabilities in [
            &mut self.literal[..],
            &mut self.is_match,
            &mut self.is_rep,
            &mut self.is_rep0,
            &mut self.is_rep1,
            &mut self.is_rep2,
            &mut self.is_rep0_long,
            &mut self.special,
            &mut self.align,
        ] {
            probabilities.fill(HALF);
        }
        self.slot.iter_mut().for_each(|p| p.fill(HALF));
        self.lengths.reset();
        self.rep_lengths.reset();
    }
}

impl Default for Model {
    fn default() -> Self {
        Model::new()
    }
}

/// Decodes the raw LZMA1 stream `input` into `output`, which it must fill exactly.
pub fn unpack(input: &[u8], output: &mut [u8], model: &mut Model) -> Option<()> {
    model.reset();
    let &[0, b1, b2, b3, b4] = input.get(..5)? else { return None };
    let mut range = Range { input, at: 5, range: u32::MAX, code: u32::from_be_bytes([b1, b2, b3, b4]) };
    let mut reps = [0usize; 4];
    let mut state = 0usize;
    let mut out = 0usize;
    while out < output.len() {
        let position_state = out & ((1 << PB) - 1);
        if range.bit(model.is_match.get_mut((state << PB) + position_state)?) == 0 {
            let previous = match out.checked_sub(1) {
                Some(at) => usize::from(*output.get(at)?),
                None => 0,
            };
            let base = 0x300 * (previous >> (8 - LC));
            let probabilities = model.literal.get_mut(base..base + 0x300)?;
            let mut symbol = 1usize;
            if state >= 7 {
                // After a match the literal is coded against the byte the match would have given.
                let mut matched = usize::from(*output.get(out.checked_sub(reps[0] + 1)?)?);
                while symbol < 0x100 {
                    let matched_bit = (matched >> 7) & 1;
                    matched <<= 1;
                    let bit = range.bit(probabilities.get_mut(((1 + matched_bit) << 8) + symbol)?);
                    symbol = (symbol << 1) | bit;
                    if matched_bit != bit {
                        break;
                    }
                }
            }
            while symbol < 0x100 {
                symbol = (symbol << 1) | range.bit(probabilities.get_mut(symbol)?);
            }
            *output.get_mut(out)? = (symbol - 0x100) as u8;
            out += 1;
            state = match state {
                0..=3 => 0,
                4..=9 => state - 3,
                _ => state - 6,
            };
        } else {
            let length = if range.bit(model.is_rep.get_mut(state)?) == 1 {
                if out == 0 {
                    return None;
                }
                if range.bit(model.is_rep0.get_mut(state)?) == 0 {
                    if range.bit(model.is_rep0_long.get_mut((state << PB) + position_state)?) == 0 {
                        // One byte from the last distance.
                        state = if state < 7 { 9 } else { 11 };
                        *output.get_mut(out)? = *output.get(out.checked_sub(reps[0] + 1)?)?;
                        out += 1;
                        continue;
                    }
                } else {
                    let index = if range.bit(model.is_rep1.get_mut(state)?) == 0 {
                        1
                    } else if range.bit(model.is_rep2.get_mut(state)?) == 0 {
                        2
                    } else {
                        3
                    };
                    // The distance used moves to the front.
                    let used = *reps.get(index)?;
                    for at in (1..=index).rev() {
                        *reps.get_mut(at)? = *reps.get(at - 1)?;
                    }
                    reps[0] = used;
                }
                state = if state < 7 { 8 } else { 11 };
                model.rep_lengths.decode(&mut range, position_state)?
            } else {
                reps = [0, reps[0], reps[1], reps[2]];
                let length = model.lengths.decode(&mut range, position_state)?;
                state = if state < 7 { 7 } else { 10 };
                let slot = range.tree(model.slot.get_mut(length.min(3))?, 6)?;
                reps[0] = if slot < 4 {
                    slot
                } else {
                    let bits = (slot >> 1) - 1;
                    let base = (2 | (slot & 1)) << bits;
                    if slot < 14 {
                        base + range.reverse_tree(model.special.get_mut(base - slot..)?, bits)?
                    } else {
                        base + (range.direct(bits - 4) << 4) + range.reverse_tree(&mut model.align, 4)?
                    }
                };
                length
            };
            let length = length + 2;
            let from = out.checked_sub(reps[0] + 1)?;
            let target = output.get_mut(from..out + length)?;
            // Byte by byte: the match may overlap what it writes.
            for at in reps[0] + 1..target.len() {
                let byte = *target.get(at - reps[0] - 1)?;
                *target.get_mut(at)? = byte;
            }
            out += length;
        }
        if range.overran() {
            return None;
        }
    }
    Some(())
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::{unpack, Model};

    static mut MODEL: Model = Model::new();

    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        core::arch::wasm32::unreachable()
    }

    /// Decodes the `input_length` bytes at `input` into the `output_length` bytes at `output`
    /// (both in this module's memory, which the caller grows and fills): 1 when done, 0 when the
    /// input is corrupt.
    ///
    /// # Safety
    /// The two ranges lie inside this module's memory and overlap neither each other nor the model.
    #[no_mangle]
    pub unsafe extern "C" fn unpack_lzma(input: *const u8, input_length: usize, output: *mut u8, output_length: usize) -> bool {
        let input = core::slice::from_raw_parts(input, input_length);
        let output = core::slice::from_raw_parts_mut(output, output_length);
        unpack(input, output, &mut *core::ptr::addr_of_mut!(MODEL)).is_some()
    }
}
