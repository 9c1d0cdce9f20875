//! Enums whose numbers JavaScript reads (`js/interop.js` writes each as `2 /* SET_TRUE */`):
//! `js_numbers!` declares one with, beside each variant, the name JS writes, and gives it the
//! list of its variants and their names, which `tests/generated.rs` checks the JS against.

macro_rules! js_numbers {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $number:literal as $js:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u32)]
        pub enum $name {
            $($(#[$variant_meta])* $variant = $number,)+
        }

        impl $name {
            /// Every variant with the name JS writes beside its number.
            pub const JS_NAMES: &'static [(&'static str, u32)] = &[$(($js, $number)),+];
        }
    };
}

pub(crate) use js_numbers;
