// @generated
// Generated from tests/fixtures/types/swagger2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/Webhook` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Webhook {
    /// The `webhook_oid` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub webhook_oid: Option<i32>,
    /// The `webhook_url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
    /// The `api_version` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<WebhookApiVersion>,
    /// The `authentication_type` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_type: Option<WebhookAuthenticationType>,
    /// The `event_categories` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_categories: Option<Vec<WebhookEventCategory>>,
    /// The `maximum_events` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_events: Option<i32>,
    /// The `compress_events` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compress_events: Option<bool>,
    /// The `basic_password` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub basic_password: Option<Option<String>>,
    /// The `last_failure` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub last_failure: Option<Option<String>>,
}
/// The schema at `/components/schemas/WebhookEventCategory` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookEventCategory {
    /// The `event_category` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_category: Option<String>,
    /// The `events` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<WebhookEventSubscription>>,
}
/// The schema at `/components/schemas/WebhookEventSubscription` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookEventSubscription {
    /// The `event_name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_name: Option<String>,
    /// The `subscribed` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribed: Option<bool>,
}
/// The schema at `/components/schemas/WebhookResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookResponse {
    /// The `success` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// The `webhook` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<Webhook>,
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
}
/// The schema at `/components/schemas/WebhooksResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhooksResponse {
    /// The `success` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// The `webhooks` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<Vec<Webhook>>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<::std::collections::BTreeMap<String, String>>,
}
/// The schema at `/components/schemas/ErrorResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorResponse {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
}
/// The schema at `/components/schemas/Error` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Error {
    /// The `developer_message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub developer_message: Option<String>,
    /// The `error_code` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// The `object_id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub object_id: Option<Option<String>>,
}
/// The schema at `/components/schemas/Webhook/properties/api_version` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookApiVersion {
    /// `2017-03-01`
    V20170301,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookApiVersion {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V20170301 => "2017-03-01",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookApiVersion {
    fn from(value: &str) -> Self {
        match value {
            "2017-03-01" => Self::V20170301,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookApiVersion);
/// The schema at `/components/schemas/Webhook/properties/authentication_type` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookAuthenticationType {
    /// `none`
    None,
    /// `basic`
    Basic,
    /// `api user`
    ApiUser,
    /// `aws iam`
    AwsIam,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookAuthenticationType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Basic => "basic",
            Self::ApiUser => "api user",
            Self::AwsIam => "aws iam",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookAuthenticationType {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            "basic" => Self::Basic,
            "api user" => Self::ApiUser,
            "aws iam" => Self::AwsIam,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookAuthenticationType);
/// The schema at `/paths/~1webhooks/get/parameters/1/schema/items` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetWebhooksStatusItem {
    /// `active`
    Active,
    /// `disabled`
    Disabled,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl GetWebhooksStatusItem {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Disabled => "disabled",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for GetWebhooksStatusItem {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(GetWebhooksStatusItem);
/// The schema at `/paths/~1webhooks~1{webhook_oid}~1file/post/requestBody/content/multipart~1form-data/schema` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadWebhookFileRequest {
    /// The `file` property.
    pub file: crate::runtime::Upload,
}
