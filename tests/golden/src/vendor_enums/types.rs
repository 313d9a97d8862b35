// @generated
// Generated from tests/fixtures/types/vendor_enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Paint` in the spec.
    pub struct Paint {
        /// The `color` property.
        color: Color = field("color", must),
        /// The `level` property.
        level: Option<Level> = optional("level", set),
        /// The `size` property.
        size: Option<Size> = optional("size", set),
        /// The `mood` property.
        mood: Option<Mood> = optional("mood", set),
        /// An inline enum Azure names.
        shade: Option<Shade> = optional("shade", set),
    }
}
rt::string_enum! {
    /// `x-speakeasy-enums` names the members (Polar uses it for country codes).
    pub enum Color {
        /// `#f00`
        Red = "#f00",
        /// `#0f0`
        Green = "#0f0",
        /// `#00f`
        Blue = "#00f",
    }
}
rt::integer_enum! {
    /// `x-enum-varnames` on integers, with `x-enum-descriptions` as a list.
    pub enum Level {
        /// Barely.
        ///
        /// `1`
        Low = 1,
        /// Somewhat.
        ///
        /// `2`
        Medium = 2,
        /// Very much.
        ///
        /// `3`
        High = 3,
    }
}
rt::string_enum! {
    /// `x-enumNames`, two names that clash (the naming pass keeps them apart), descriptions as a map.
    pub enum Size {
        /// The smallest.
        ///
        /// `s`
        Small = "s",
        /// `m`
        Mid = "m",
        /// The largest.
        ///
        /// `l`
        Mid2 = "l",
    }
}
rt::string_enum! {
    /// Names given for some values only; the others keep their own.
    pub enum Mood {
        /// `happy`
        Joyful = "happy",
        /// `2sad`
        V2sad = "2sad",
    }
}
rt::string_enum! {
    /// An inline enum Azure names.
    pub enum Shade {
        /// `lt`
        Light = "lt",
        /// The darker one.
        ///
        /// `dk`
        Dark = "dk",
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1paints/get/parameters/0/schema` in the spec.
    pub enum PaintFinish {
        /// No shine.
        ///
        /// `m`
        Matte = "m",
        /// `g`
        Gloss = "g",
    }
}
