// @generated
// Generated from tests/fixtures/types/linked.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Problem` in the spec.
    pub struct Problem {
        /// The `message` property.
        message: String = field("message", must),
    }
    /// The schema at `/components/schemas/Link00` in the spec.
    pub struct Link00 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth00` property.
        depth00: Option<i64> = optional("depth00", set),
        /// The `next` property.
        next: crate::runtime::List<Link01> = field("next", must),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link01` in the spec.
    pub struct Link01 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth01` property.
        depth01: Option<i64> = optional("depth01", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link02>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link02` in the spec.
    pub struct Link02 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth02` property.
        depth02: Option<i64> = optional("depth02", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link03>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link03` in the spec.
    pub struct Link03 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth03` property.
        depth03: Option<i64> = optional("depth03", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link04>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link04` in the spec.
    pub struct Link04 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth04` property.
        depth04: Option<i64> = optional("depth04", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link05>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link05` in the spec.
    pub struct Link05 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth05` property.
        depth05: Option<i64> = optional("depth05", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link06>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link06` in the spec.
    pub struct Link06 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth06` property.
        depth06: Option<i64> = optional("depth06", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link07>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link07` in the spec.
    pub struct Link07 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth07` property.
        depth07: Option<i64> = optional("depth07", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link08>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link08` in the spec.
    pub struct Link08 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth08` property.
        depth08: Option<i64> = optional("depth08", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link09>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link09` in the spec.
    pub struct Link09 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth09` property.
        depth09: Option<i64> = optional("depth09", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link10>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link10` in the spec.
    pub struct Link10 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth10` property.
        depth10: Option<i64> = optional("depth10", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link11>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link11` in the spec.
    pub struct Link11 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth11` property.
        depth11: Option<i64> = optional("depth11", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link12>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link12` in the spec.
    pub struct Link12 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth12` property.
        depth12: Option<i64> = optional("depth12", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link13>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link13` in the spec.
    pub struct Link13 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth13` property.
        depth13: Option<i64> = optional("depth13", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link14>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link14` in the spec.
    pub struct Link14 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth14` property.
        depth14: Option<i64> = optional("depth14", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link15>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link15` in the spec.
    pub struct Link15 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth15` property.
        depth15: Option<i64> = optional("depth15", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link16>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link16` in the spec.
    pub struct Link16 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth16` property.
        depth16: Option<i64> = optional("depth16", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link17>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link17` in the spec.
    pub struct Link17 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth17` property.
        depth17: Option<i64> = optional("depth17", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link18>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link18` in the spec.
    pub struct Link18 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth18` property.
        depth18: Option<i64> = optional("depth18", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link19>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link19` in the spec.
    pub struct Link19 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth19` property.
        depth19: Option<i64> = optional("depth19", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link20>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link20` in the spec.
    pub struct Link20 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth20` property.
        depth20: Option<i64> = optional("depth20", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link21>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link21` in the spec.
    pub struct Link21 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth21` property.
        depth21: Option<i64> = optional("depth21", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link22>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link22` in the spec.
    pub struct Link22 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth22` property.
        depth22: Option<i64> = optional("depth22", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link23>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link23` in the spec.
    pub struct Link23 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth23` property.
        depth23: Option<i64> = optional("depth23", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link24>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link24` in the spec.
    pub struct Link24 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth24` property.
        depth24: Option<i64> = optional("depth24", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link25>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
    /// The schema at `/components/schemas/Link25` in the spec.
    pub struct Link25 {
        /// The `name` property.
        name: String = field("name", must),
        /// The `depth25` property.
        depth25: Option<i64> = optional("depth25", set),
        /// The `next` property.
        next: Option<crate::runtime::List<Link00>> = optional("next", set),
        /// The `tags` property.
        tags: Option<Vec<String>> = optional("tags", set),
    }
}
