//! A raw-DEFLATE (RFC 1951) decoder compiled to its own tiny WebAssembly module. The default
//! entry carries the main module deflated inside its JavaScript (so every bundler and runtime
//! gets it without emitting or fetching an asset) and must unpack it synchronously on first
//! use: in JavaScript that took tens of milliseconds before the JIT warmed up, in wasm a few.
//!
//! The JS side (js/embedded.js) writes the input into this module's memory, calls `inflate`,
//! and copies the output out. Written for size (it is shipped inside the package, base64):
//! corrupt input gives `None`, never a trap.

#![cfg_attr(target_arch = "wasm32", no_std)]
#![deny(clippy::indexing_slicing, clippy::panic, clippy::unwrap_used, clippy::expect_used)]

const LENGTH_BASE: [u16; 29] =
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385,
    24577,
];
const DISTANCE_EXTRA: [u8; 30] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER: [u8; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/// A Huffman code as a table indexed by the next `bits` input bits (least significant first,
/// as DEFLATE packs them): each entry is `symbol << 4 | code length`, so one lookup decodes a symbol.
pub struct Code {
    table: [u16; 1 << 15],
    bits: u32,
}

impl Default for Code {
    fn default() -> Self {
        Code::new()
    }
}

impl Code {
    pub const fn new() -> Code {
        Code { table: [0; 1 << 15], bits: 0 }
    }

    fn build(&mut self, lengths: &[u8]) -> Option<()> {
        let mut next = [0u16; 16];
        self.bits = 1;
        for &length in lengths {
            *next.get_mut(usize::from(length))? += 1;
            self.bits = self.bits.max(u32::from(length));
        }
        // From the count of codes of each length to the first code of each length.
        let mut code = 0u16;
        let mut previous = 0u16;
        for (length, slot) in next.iter_mut().enumerate() {
            let count = if length == 0 { 0 } else { *slot };
            code = code.wrapping_add(previous) << 1;
            *slot = code;
            previous = count;
        }
        let table = self.table.get_mut(..1 << self.bits)?;
        table.fill(0);
        for (symbol, &length) in lengths.iter().enumerate() {
            if length == 0 {
                continue;
            }
            let first = next.get_mut(usize::from(length))?;
            // Codes are defined most significant bit first but read least significant first.
            let mut index = usize::from(first.reverse_bits() >> (16 - length));
            *first += 1;
            while let Some(slot) = table.get_mut(index) {
                *slot = (symbol as u16) << 4 | u16::from(length);
                index += 1 << length;
            }
        }
        Some(())
    }
}

struct Bits<'a> {
    input: &'a [u8],
    at: usize,
    buffer: u64,
    count: u32,
}

impl Bits<'_> {
    #[inline(always)]
    fn take(&mut self, n: u32) -> u32 {
        if self.count < n.max(15) {
            self.refill();
        }
        let value = (self.buffer & ((1 << n) - 1)) as u32;
        self.buffer >>= n;
        self.count -= n;
        value
    }

    /// Tops the buffer up to at least 56 bits: eight bytes at once while they last, then byte by
    /// byte, with zeros past the end (the caller checks that none of those was consumed).
    fn refill(&mut self) {
        if let Some(bytes) = self.input.get(self.at..self.at + 8) {
            let mut word = [0; 8];
            word.copy_from_slice(bytes);
            self.buffer |= u64::from_le_bytes(word) << self.count;
            let taken = (63 - self.count) / 8;
            self.at += taken as usize;
            self.count += taken * 8;
            return;
        }
        while self.count <= 56 {
            self.buffer |= u64::from(self.input.get(self.at).copied().unwrap_or(0)) << self.count;
            self.at += 1;
            self.count += 8;
        }
    }

    #[inline(always)]
    fn decode(&mut self, code: &Code) -> Option<usize> {
        self.take(0);
        let entry = *code.table.get((self.buffer & ((1 << code.bits) - 1)) as usize)?;
        let length = u32::from(entry & 15);
        if length == 0 {
            return None;
        }
        self.take(length);
        Some(usize::from(entry >> 4))
    }
}

/// The tables, kept in static memory rather than on the stack (192 KB).
pub struct Tables {
    literals: Code,
    distances: Code,
}

impl Tables {
    pub const fn new() -> Tables {
        Tables { literals: Code::new(), distances: Code::new() }
    }
}

impl Default for Tables {
    fn default() -> Self {
        Tables::new()
    }
}

/// Decodes `input` into `output`, which it must fill exactly.
pub fn inflate_into(input: &[u8], output: &mut [u8], tables: &mut Tables) -> Option<()> {
    let mut bits = Bits { input, at: 0, buffer: 0, count: 0 };
    let mut written = 0;
    loop {
        let last = bits.take(1);
        let kind = bits.take(2);
        if kind == 0 {
            // A stored block starts at the next byte boundary: give back the bytes read ahead.
            let at = bits.at - (bits.count / 8) as usize;
            let &[low, high, ..] = input.get(at..at + 4)? else { return None };
            let length = usize::from(u16::from_le_bytes([low, high]));
            for (to, &byte) in output.get_mut(written..written + length)?.iter_mut().zip(input.get(at + 4..at + 4 + length)?) {
                *to = byte;
            }
            written += length;
            bits = Bits { input, at: at + 4 + length, buffer: 0, count: 0 };
        } else {
            let mut lengths = [0u8; 320];
            let (literal_count, total) = if kind == 1 {
                for (symbol, length) in lengths.iter_mut().enumerate() {
                    *length = match symbol {
                        0..=143 | 280..=287 => 8,
                        144..=255 => 9,
                        256..=279 => 7,
                        _ => 5,
                    };
                }
                (288, 320)
            } else if kind == 2 {
                let literal_count = bits.take(5) as usize + 257;
                let total = literal_count + bits.take(5) as usize + 1;
                let code_length_count = bits.take(4) as usize + 4;
                let mut code_lengths = [0u8; 19];
                for &symbol in CODE_LENGTH_ORDER.iter().take(code_length_count) {
                    *code_lengths.get_mut(usize::from(symbol))? = bits.take(3) as u8;
                }
                // The code-length code, in the distance table until the distance code replaces it.
                tables.distances.build(&code_lengths)?;
                let mut i = 0;
                while i < total {
                    let symbol = bits.decode(&tables.distances)?;
                    let (value, repeat) = match symbol {
                        0..=15 => (symbol as u8, 1),
                        16 => (*lengths.get(i.checked_sub(1)?)?, 3 + bits.take(2)),
                        17 => (0, 3 + bits.take(3)),
                        _ => (0, 11 + bits.take(7)),
                    };
                    let end = i + repeat as usize;
                    if end > total {
                        return None;
                    }
                    lengths.get_mut(i..end)?.fill(value);
                    i = end;
                }
                (literal_count, total)
            } else {
                return None;
            };
            tables.literals.build(lengths.get(..literal_count)?)?;
            tables.distances.build(lengths.get(literal_count..total)?)?;
            loop {
                let symbol = bits.decode(&tables.literals)?;
                if symbol < 256 {
                    *output.get_mut(written)? = symbol as u8;
                    written += 1;
                    continue;
                }
                if symbol == 256 {
                    break;
                }
                let index = symbol - 257;
                let length = usize::from(*LENGTH_BASE.get(index)?) + bits.take(u32::from(*LENGTH_EXTRA.get(index)?)) as usize;
                let index = bits.decode(&tables.distances)?;
                let distance = usize::from(*DISTANCE_BASE.get(index)?) + bits.take(u32::from(*DISTANCE_EXTRA.get(index)?)) as usize;
                let from = written.checked_sub(distance)?;
                if written + length > output.len() {
                    return None;
                }
                if distance >= length {
                    // Whole: LLVM makes a memory copy of the zip (copy_within would bring panic formatting).
                    let (source, target) = output.get_mut(from..written + length)?.split_at_mut(distance);
                    for (to, &byte) in target.iter_mut().zip(source.iter()) {
                        *to = byte;
                    }
                    written += length;
                } else {
                    // Byte by byte: the match overlaps what it writes.
                    for at in written..written + length {
                        *output.get_mut(at)? = *output.get(at - distance)?;
                    }
                    written += length;
                }
            }
        }
        // Bits past the end of the input read as zeros; the block must have ended before them.
        if bits.at - (bits.count / 8) as usize > input.len() {
            return None;
        }
        if last == 1 {
            return (written == output.len()).then_some(());
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::{inflate_into, Tables};

    static mut TABLES: Tables = Tables::new();

    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        core::arch::wasm32::unreachable()
    }

    /// Decodes the `input_length` bytes at `input` into the `output_length` bytes at `output`
    /// (both in this module's memory, which the caller grows and fills): 1 when done, 0 when the
    /// input is corrupt.
    ///
    /// # Safety
    /// The two ranges lie inside this module's memory and overlap neither each other nor the tables.
    #[no_mangle]
    pub unsafe extern "C" fn inflate(input: *const u8, input_length: usize, output: *mut u8, output_length: usize) -> bool {
        let input = core::slice::from_raw_parts(input, input_length);
        let output = core::slice::from_raw_parts_mut(output, output_length);
        inflate_into(input, output, &mut *core::ptr::addr_of_mut!(TABLES)).is_some()
    }
}
