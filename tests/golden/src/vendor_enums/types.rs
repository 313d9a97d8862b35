// @generated
// Generated from tests/fixtures/types/vendor_enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Paint` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Paint {
        /// The `color` property.
        color: Color = field("color", put),
        /// The `level` property.
        level: Option<Level> = optional("level", set),
        /// The `size` property.
        size: Option<Size> = optional("size", set),
        /// The `mood` property.
        mood: Option<Mood> = optional("mood", set),
        /// An inline enum Azure names.
        shade: Option<Shade> = optional("shade", set),
    }
    required(color = "color");
}
/// `x-speakeasy-enums` names the members (Polar uses it for country codes).
#[derive(Debug, Clone)]
pub enum Color {
    /// `#f00`
    Red,
    /// `#0f0`
    Green,
    /// `#00f`
    Blue,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Color {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "#f00",
            Self::Green => "#0f0",
            Self::Blue => "#00f",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Color {
    fn from(value: &str) -> Self {
        match value {
            "#f00" => Self::Red,
            "#0f0" => Self::Green,
            "#00f" => Self::Blue,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Color);
/// `x-enum-varnames` on integers, with `x-enum-descriptions` as a list.
#[derive(Debug, Clone, Copy)]
pub enum Level {
    /// Barely.
    ///
    /// `1`
    Low,
    /// Somewhat.
    ///
    /// `2`
    Medium,
    /// Very much.
    ///
    /// `3`
    High,
    /// A value this version of the spec does not list.
    Unknown(i64),
}
impl Level {
    /// The value on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::Low => 1,
            Self::Medium => 2,
            Self::High => 3,
            Self::Unknown(v) => *v,
        }
    }
}
impl From<i64> for Level {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Low,
            2 => Self::Medium,
            3 => Self::High,
            other => Self::Unknown(other),
        }
    }
}
crate::runtime::integer_enum_impls!(Level);
/// `x-enumNames`, two names that clash (the naming pass keeps them apart), descriptions as a map.
#[derive(Debug, Clone)]
pub enum Size {
    /// The smallest.
    ///
    /// `s`
    Small,
    /// `m`
    Mid,
    /// The largest.
    ///
    /// `l`
    Mid2,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Size {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Small => "s",
            Self::Mid => "m",
            Self::Mid2 => "l",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Size {
    fn from(value: &str) -> Self {
        match value {
            "s" => Self::Small,
            "m" => Self::Mid,
            "l" => Self::Mid2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Size);
/// Names given for some values only; the others keep their own.
#[derive(Debug, Clone)]
pub enum Mood {
    /// `happy`
    Joyful,
    /// `2sad`
    V2sad,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Mood {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Joyful => "happy",
            Self::V2sad => "2sad",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Mood {
    fn from(value: &str) -> Self {
        match value {
            "happy" => Self::Joyful,
            "2sad" => Self::V2sad,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Mood);
/// An inline enum Azure names.
#[derive(Debug, Clone)]
pub enum Shade {
    /// `lt`
    Light,
    /// The darker one.
    ///
    /// `dk`
    Dark,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Shade {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Light => "lt",
            Self::Dark => "dk",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Shade {
    fn from(value: &str) -> Self {
        match value {
            "lt" => Self::Light,
            "dk" => Self::Dark,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Shade);
/// The schema at `/paths/~1paints/get/parameters/0/schema` in the spec.
#[derive(Debug, Clone)]
pub enum PaintFinish {
    /// No shine.
    ///
    /// `m`
    Matte,
    /// `g`
    Gloss,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl PaintFinish {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Matte => "m",
            Self::Gloss => "g",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for PaintFinish {
    fn from(value: &str) -> Self {
        match value {
            "m" => Self::Matte,
            "g" => Self::Gloss,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(PaintFinish);
