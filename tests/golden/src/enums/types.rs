// @generated
// Generated from tests/fixtures/types/enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// A string enum with values that are awkward as identifiers.
#[derive(Debug, Clone)]
pub enum TaskStatus {
    /// `open`
    Open,
    /// `in-progress`
    InProgress,
    /// `on hold`
    OnHold,
    /// `DONE`
    Done,
    /// `done`
    Done2,
    /// `2fa_pending`
    V2faPending,
    /// ``
    Empty,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl TaskStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::InProgress => "in-progress",
            Self::OnHold => "on hold",
            Self::Done => "DONE",
            Self::Done2 => "done",
            Self::V2faPending => "2fa_pending",
            Self::Empty => "",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for TaskStatus {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "in-progress" => Self::InProgress,
            "on hold" => Self::OnHold,
            "DONE" => Self::Done,
            "done" => Self::Done2,
            "2fa_pending" => Self::V2faPending,
            "" => Self::Empty,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(TaskStatus);
/// An integer enum.
#[derive(Debug, Clone, Copy)]
pub enum Priority {
    /// `-1`
    Minus1,
    /// `0`
    V0,
    /// `1`
    V1,
    /// `2`
    V2,
    /// `10`
    V10,
    /// A value this version of the spec does not list.
    Unknown(i64),
}
impl Priority {
    /// The value on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::Minus1 => -1,
            Self::V0 => 0,
            Self::V1 => 1,
            Self::V2 => 2,
            Self::V10 => 10,
            Self::Unknown(v) => *v,
        }
    }
}
impl From<i64> for Priority {
    fn from(value: i64) -> Self {
        match value {
            -1 => Self::Minus1,
            0 => Self::V0,
            1 => Self::V1,
            2 => Self::V2,
            10 => Self::V10,
            other => Self::Unknown(other),
        }
    }
}
crate::runtime::integer_enum_impls!(Priority);
/// The schema at `/components/schemas/Flag` in the spec.
pub type Flag = bool;
/// The schema at `/components/schemas/OnlyTrue` in the spec.
pub type OnlyTrue = bool;
/// The schema at `/components/schemas/Ratio` in the spec.
pub type Ratio = f64;
/// The schema at `/components/schemas/Mixed` in the spec.
pub type Mixed = ::serde_json::Value;
/// The schema at `/components/schemas/SingleValue` in the spec.
#[derive(Debug, Clone)]
pub enum SingleValue {
    /// `task`
    Task,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl SingleValue {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Task => "task",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for SingleValue {
    fn from(value: &str) -> Self {
        match value {
            "task" => Self::Task,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(SingleValue);
/// The schema at `/components/schemas/ConstTag` in the spec.
#[derive(Debug, Clone)]
pub enum ConstTag {
    /// `task.created`
    TaskCreated,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ConstTag {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaskCreated => "task.created",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ConstTag {
    fn from(value: &str) -> Self {
        match value {
            "task.created" => Self::TaskCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(ConstTag);
/// The schema at `/components/schemas/TypedConst` in the spec.
#[derive(Debug, Clone)]
pub enum TypedConst {
    /// `v2`
    V2,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl TypedConst {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V2 => "v2",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for TypedConst {
    fn from(value: &str) -> Self {
        match value {
            "v2" => Self::V2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(TypedConst);
rt::object! {
    /// The schema at `/components/schemas/Task` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Task {
        /// The `object` property.
        object: SingleValue = field("object", put),
        /// The `id` property.
        id: String = field("id", put),
        /// The `status` property.
        status: TaskStatus = field("status", put),
        /// The `priority` property.
        priority: Priority = field("priority", put),
        /// The `kind` property.
        kind: TaskKind = field("kind", put),
        /// The `version` property.
        version: Option<TypedConst> = optional("version", set),
        /// The `event` property.
        event: Option<ConstTag> = optional("event", set),
        /// The `urgent` property.
        urgent: Option<Flag> = optional("urgent", set),
        /// The `pinned` property.
        pinned: Option<OnlyTrue> = optional("pinned", set),
        /// The `ratio` property.
        ratio: Option<Ratio> = optional("ratio", set),
        /// The `mode` property.
        mode: Option<Mixed> = optional("mode", set),
        /// The `labels` property.
        labels: Option<Vec<TaskLabel>> = optional("labels", set),
        /// An inline string enum.
        color: Option<TaskColor> = optional("color", set),
        /// The `size` property.
        size: Option<TaskSize> = optional("size", set),
    }
    required(object = "object", id = "id", status = "status", priority = "priority", kind = "kind");
}
/// The schema at `/components/schemas/Task/properties/kind` in the spec.
#[derive(Debug, Clone)]
pub enum TaskKind {
    /// `chore`
    Chore,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl TaskKind {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Chore => "chore",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for TaskKind {
    fn from(value: &str) -> Self {
        match value {
            "chore" => Self::Chore,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(TaskKind);
/// The schema at `/components/schemas/Task/properties/labels/items` in the spec.
#[derive(Debug, Clone)]
pub enum TaskLabel {
    /// `bug`
    Bug,
    /// `feature`
    Feature,
    /// `chore`
    Chore,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl TaskLabel {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bug => "bug",
            Self::Feature => "feature",
            Self::Chore => "chore",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for TaskLabel {
    fn from(value: &str) -> Self {
        match value {
            "bug" => Self::Bug,
            "feature" => Self::Feature,
            "chore" => Self::Chore,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(TaskLabel);
/// An inline string enum.
#[derive(Debug, Clone)]
pub enum TaskColor {
    /// `red`
    Red,
    /// `green`
    Green,
    /// `blue`
    Blue,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl TaskColor {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Green => "green",
            Self::Blue => "blue",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for TaskColor {
    fn from(value: &str) -> Self {
        match value {
            "red" => Self::Red,
            "green" => Self::Green,
            "blue" => Self::Blue,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(TaskColor);
/// The schema at `/components/schemas/Task/properties/size` in the spec.
#[derive(Debug, Clone, Copy)]
pub enum TaskSize {
    /// `1`
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// A value this version of the spec does not list.
    Unknown(i64),
}
impl TaskSize {
    /// The value on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::V1 => 1,
            Self::V2 => 2,
            Self::V3 => 3,
            Self::Unknown(v) => *v,
        }
    }
}
impl From<i64> for TaskSize {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::V1,
            2 => Self::V2,
            3 => Self::V3,
            other => Self::Unknown(other),
        }
    }
}
crate::runtime::integer_enum_impls!(TaskSize);
/// The schema at `/paths/~1tasks/get/parameters/1/schema` in the spec.
#[derive(Debug, Clone)]
pub enum ListTasksSort {
    /// `created_at`
    CreatedAt,
    /// `-created_at`
    CreatedAtDesc,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ListTasksSort {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::CreatedAtDesc => "-created_at",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ListTasksSort {
    fn from(value: &str) -> Self {
        match value {
            "created_at" => Self::CreatedAt,
            "-created_at" => Self::CreatedAtDesc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(ListTasksSort);
