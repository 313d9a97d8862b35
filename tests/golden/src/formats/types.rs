// @generated
// Generated from tests/fixtures/types/formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/FileInfo` in the spec.
    pub struct FileInfo {
        /// The `id` property.
        id: String = field("id", must),
        /// The `owner_id` property.
        owner_id: Option<String> = optional("owner_id", set),
        /// The `created_at` property.
        created_at: String = field("created_at", must),
        /// The `expires_on` property.
        expires_on: Option<String> = optional("expires_on", set),
        /// The `at_time` property.
        at_time: Option<String> = optional("at_time", set),
        /// The `url` property.
        url: Option<String> = optional("url", set),
        /// The `email` property.
        email: Option<String> = optional("email", set),
        /// The `host` property.
        host: Option<String> = optional("host", set),
        /// The `ip` property.
        ip: Option<String> = optional("ip", set),
        /// The `size` property.
        size: i64 = field("size", must),
        /// The `chunks` property.
        chunks: Option<i32> = optional("chunks", set),
        /// The `checksum` property.
        checksum: Option<u64> = optional("checksum", set),
        /// The `parts` property.
        parts: Option<u32> = optional("parts", set),
        /// The `ratio` property.
        ratio: Option<f64> = optional("ratio", set),
        /// The `precise` property.
        precise: Option<f64> = optional("precise", set),
        /// The `price` property.
        price: Option<String> = optional("price", set),
        /// The `amount` property.
        amount: Option<f64> = optional("amount", set),
        /// The `thumbnail` property.
        thumbnail: Option<String> = optional("thumbnail", set),
        /// The `raw` property.
        raw: Option<crate::runtime::Upload> = optional("raw", set),
        /// The `secret` property.
        secret: Option<String> = optional("secret", set),
        /// The `duration` property.
        duration: Option<String> = optional("duration", set),
    }
}
