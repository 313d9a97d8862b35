// @generated
// Generated from tests/fixtures/types/formats.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/FileInfo` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FileInfo {
    /// The `id` property.
    pub id: String,
    /// The `owner_id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// The `created_at` property.
    pub created_at: String,
    /// The `expires_on` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<String>,
    /// The `at_time` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_time: Option<String>,
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The `email` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `host` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// The `ip` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// The `size` property.
    pub size: i64,
    /// The `chunks` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chunks: Option<i32>,
    /// The `checksum` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<u64>,
    /// The `parts` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<u32>,
    /// The `ratio` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio: Option<f64>,
    /// The `precise` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precise: Option<f64>,
    /// The `price` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    /// The `amount` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// The `thumbnail` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// The `raw` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<crate::runtime::Upload>,
    /// The `secret` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// The `duration` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
}
