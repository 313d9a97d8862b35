// @generated
// Generated from tests/fixtures/types/enums.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::string_enum! {
    /// A string enum with values that are awkward as identifiers.
    pub enum TaskStatus {
        /// `open`
        Open = "open",
        /// `in-progress`
        InProgress = "in-progress",
        /// `on hold`
        OnHold = "on hold",
        /// `DONE`
        Done = "DONE",
        /// `done`
        Done2 = "done",
        /// `2fa_pending`
        V2faPending = "2fa_pending",
        /// ``
        Empty = "",
    }
}
rt::integer_enum! {
    /// An integer enum.
    pub enum Priority {
        /// `-1`
        Minus1 = -1,
        /// `0`
        V0 = 0,
        /// `1`
        V1 = 1,
        /// `2`
        V2 = 2,
        /// `10`
        V10 = 10,
    }
}
/// The schema at `/components/schemas/Flag` in the spec.
pub type Flag = bool;
/// The schema at `/components/schemas/OnlyTrue` in the spec.
pub type OnlyTrue = bool;
/// The schema at `/components/schemas/Ratio` in the spec.
pub type Ratio = f64;
/// The schema at `/components/schemas/Mixed` in the spec.
pub type Mixed = ::serde_json::Value;
rt::string_enum! {
    /// The schema at `/components/schemas/SingleValue` in the spec.
    pub enum SingleValue {
        /// `task`
        Task = "task",
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/ConstTag` in the spec.
    pub enum ConstTag {
        /// `task.created`
        TaskCreated = "task.created",
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/TypedConst` in the spec.
    pub enum TypedConst {
        /// `v2`
        V2 = "v2",
    }
}
rt::object! {
    /// The schema at `/components/schemas/Task` in the spec.
    pub struct Task {
        /// The `object` property.
        object: SingleValue = field("object", must),
        /// The `id` property.
        id: String = field("id", must),
        /// The `status` property.
        status: TaskStatus = field("status", must),
        /// The `priority` property.
        priority: Priority = field("priority", must),
        /// The `kind` property.
        kind: TaskKind = field("kind", must),
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
}
rt::string_enum! {
    /// The schema at `/components/schemas/Task/properties/kind` in the spec.
    pub enum TaskKind {
        /// `chore`
        Chore = "chore",
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/Task/properties/labels/items` in the spec.
    pub enum TaskLabel {
        /// `bug`
        Bug = "bug",
        /// `feature`
        Feature = "feature",
        /// `chore`
        Chore = "chore",
    }
}
rt::string_enum! {
    /// An inline string enum.
    pub enum TaskColor {
        /// `red`
        Red = "red",
        /// `green`
        Green = "green",
        /// `blue`
        Blue = "blue",
    }
}
rt::integer_enum! {
    /// The schema at `/components/schemas/Task/properties/size` in the spec.
    pub enum TaskSize {
        /// `1`
        V1 = 1,
        /// `2`
        V2 = 2,
        /// `3`
        V3 = 3,
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1tasks/get/parameters/1/schema` in the spec.
    pub enum ListTasksSort {
        /// `created_at`
        CreatedAt = "created_at",
        /// `-created_at`
        CreatedAtDesc = "-created_at",
    }
}
