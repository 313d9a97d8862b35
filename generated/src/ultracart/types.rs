// @generated
// Generated from specs/ultracart.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/ApiUserApplicationProfile` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApiUserApplicationProfile {
    /// Where the application's logo image lives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_application_logo_url: Option<String>,
    /// What the application does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_description: Option<String>,
    /// Display name of the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_name: Option<String>,
    /// Who built the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub developer_name: Option<String>,
    /// Home page of the developer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub developer_website: Option<String>,
}
/// The schema at `/components/schemas/Error` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Error {
    /// Technical explanation meant for programmers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub developer_message: Option<String>,
    /// HTTP status of the failure, given as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Extra detail, frequently a link to documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more_info: Option<String>,
    /// Identifier of the object the failure relates to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_id: Option<String>,
    /// Explanation safe to show to shoppers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_message: Option<String>,
}
/// The schema at `/components/schemas/ErrorResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorResponse {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// The `warning` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<Warning>,
}
/// The schema at `/components/schemas/HTTPHeader` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HttpHeader {
    /// Header name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Header value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// The schema at `/components/schemas/ResponseMetadata` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponseMetadata {
    /// Name of the payload carried by the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload_name: Option<String>,
    /// The `result_set` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_set: Option<ResultSet>,
}
/// The schema at `/components/schemas/ResultSet` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResultSet {
    /// How many records this page holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// Page size that was applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
    /// True while further pages exist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more: Option<bool>,
    /// Offset to pass to get the following page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_offset: Option<i32>,
    /// Zero-based position of this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i32>,
    /// Overall record count; may be absent when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_records: Option<i32>,
}
/// The schema at `/components/schemas/Warning` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Warning {
    /// Extra detail, frequently a link to documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more_info: Option<String>,
    /// Technical warning meant for programmers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_message: Option<String>,
}
/// The schema at `/components/schemas/Webhook` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Webhook {
    /// Owning API user, when the webhook belongs to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_user_oid: Option<i32>,
    /// Version of the objects placed in notifications.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<WebhookApiVersion>,
    /// The `application_profile` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_profile: Option<ApiUserApplicationProfile>,
    /// How UltraCart proves itself to the receiving server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_type: Option<WebhookAuthenticationType>,
    /// Password for basic authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_password: Option<String>,
    /// User name for basic authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_username: Option<String>,
    /// Gzip the events and send them base64 encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compress_events: Option<bool>,
    /// Delivery attempts that have failed in a row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consecutive_failures: Option<i32>,
    /// True when deliveries are switched off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Categories of events with their subscription flags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_categories: Option<Vec<WebhookEventCategory>>,
    /// AWS IAM access key used for SQS delivery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iam_access_key: Option<String>,
    /// AWS IAM secret key used for SQS delivery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iam_secret_key: Option<String>,
    /// Upper bound on events in one delivery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_events: Option<i32>,
    /// Upper bound on the size of one delivery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_size: Option<i32>,
    /// Merchant account that owns the webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_id: Option<String>,
    /// Earliest time of the next attempt after failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_retry_after: Option<String>,
    /// Events waiting to be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<i32>,
    /// Unique identifier of the webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_oid: Option<i32>,
    /// Endpoint receiving the events; HTTPS for customer data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
}
/// The schema at `/components/schemas/WebhookEventCategory` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookEventCategory {
    /// True if at least one of this category's events is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any_subscribed: Option<bool>,
    /// Expansion names that may be requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_expansions: Option<Vec<String>>,
    /// Name of the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_category: Option<String>,
    /// Events in this category and whether each is subscribed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<WebhookEventSubscription>>,
    /// True if all of this category's events are enabled; handy for UIs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribed: Option<bool>,
}
/// The schema at `/components/schemas/WebhookEventSubscription` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookEventSubscription {
    /// Additional remark on this event, aimed at merchants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// True when the event is deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecated_flag: Option<bool>,
    /// True when the event is no longer sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discontinued_flag: Option<bool>,
    /// What the event means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// Name of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_name: Option<String>,
    /// Optional Ruler filter; only matching events are delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ruler: Option<String>,
    /// Expansion applied to the object sent with the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expansion: Option<String>,
    /// True when this event is subscribed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribed: Option<bool>,
    /// True when existing records can be reflowed as this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supports_reflow: Option<bool>,
    /// Unique identifier of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_event_oid: Option<i32>,
}
/// The schema at `/components/schemas/WebhookLog` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookLog {
    /// Moment the delivery happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_dts: Option<String>,
    /// Time taken to process, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i32>,
    /// Time spent queued, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue_delay: Option<i64>,
    /// Body sent, cut to its first 100,000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
    /// Headers sent with the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_headers: Option<Vec<HttpHeader>>,
    /// Unique id of the delivery, usable in log searches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Body received, cut to its first 100,000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// Headers returned by the receiver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_headers: Option<Vec<HttpHeader>>,
    /// HTTP status returned by the receiver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i32>,
    /// True when the delivery worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Address the delivery went to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// Identifier of the webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_oid: Option<i32>,
}
/// The schema at `/components/schemas/WebhookLogResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookLogResponse {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// The `warning` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<Warning>,
    /// The `webhook_log` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_log: Option<WebhookLog>,
}
/// The schema at `/components/schemas/WebhookLogSummariesResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookLogSummariesResponse {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// The `warning` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<Warning>,
    /// Log summaries on this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_log_summaries: Option<Vec<WebhookLogSummary>>,
}
/// The schema at `/components/schemas/WebhookLogSummary` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookLogSummary {
    /// Moment the delivery happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_dts: Option<String>,
    /// Request id; pass it to fetch the full log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// True when the delivery worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
}
/// The schema at `/components/schemas/WebhookReflow` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookReflow {
    /// Event being reflowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_name: Option<String>,
    /// True when the reflow was queued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queued: Option<bool>,
}
/// The schema at `/components/schemas/WebhookReflowResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookReflowResponse {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ResponseMetadata>,
    /// The `reflow` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reflow: Option<WebhookReflow>,
    /// True when the call worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// The `warning` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<Warning>,
}
/// The schema at `/components/schemas/WebhookResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookResponse {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// The `warning` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<Warning>,
    /// The `webhook` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<Webhook>,
}
/// The schema at `/components/schemas/WebhooksResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhooksResponse {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
    /// The `metadata` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// The `warning` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<Warning>,
    /// Webhooks on this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<Vec<Webhook>>,
}
/// Version of the objects placed in notifications.
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
/// How UltraCart proves itself to the receiving server.
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
