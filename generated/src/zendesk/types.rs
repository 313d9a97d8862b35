// @generated
// Generated from specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// Sends a named API key with each webhook request.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApiKeyAuthentication {
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: ApiKeyAuthenticationType,
    /// The `data` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<ApiKeyAuthenticationData>,
    /// Whether the key goes in a header or the query string.
    pub add_position: ApiKeyAuthenticationAddPosition,
}
/// Sends HTTP basic credentials with each webhook request.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BasicAuthAuthentication {
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: BasicAuthAuthenticationType,
    /// The `data` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<BasicAuthAuthenticationData>,
}
/// Sends a bearer token with each webhook request.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BearerTokenAuthentication {
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: BearerTokenAuthenticationType,
    /// The `data` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<BearerTokenAuthenticationData>,
}
/// Error payload returned when a request fails.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorResponse {
    /// The `error` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorResponseError>,
    /// Per-field validation problems.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ErrorResponseErrorsItem>>,
}
/// Links to neighbouring result pages.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginationLinks {
    /// Address of the preceding page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev: Option<String>,
    /// Address of the following page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}
/// Cursor information for the current page.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginationMeta {
    /// True when another page follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
    /// Cursor to pass as page\[after\] for the following page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_cursor: Option<String>,
    /// Cursor to pass as page\[before\] for the preceding page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_cursor: Option<String>,
    /// Overall item count, when the server supplies it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}
/// An outbound HTTP callback configured in Zendesk.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Webhook {
    /// Server-assigned identifier.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub id: Option<String>,
    /// Display name.
    pub name: String,
    /// Free-text notes about the webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// URL that receives the webhook's requests.
    pub endpoint: String,
    /// Verb used for requests; event subscriptions need POST.
    pub http_method: WebhookHttpMethod,
    /// Payload encoding; event subscriptions need json.
    pub request_format: WebhookRequestFormat,
    /// Whether the webhook is currently enabled.
    pub status: WebhookStatus,
    /// Event types to receive, or just conditional_ticket_events for triggers and automations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<String>>,
    /// Credentials attached to outgoing requests; absent means none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<WebhookAuthentication>,
    /// Extra non-secret headers sent with every request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_headers: Option<::std::collections::BTreeMap<String, String>>,
    /// The `signing_secret` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_secret: Option<WebhookSigningSecret>,
    /// Origin that created the webhook, such as a Marketplace app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_source: Option<WebhookExternalSource>,
    /// Creation timestamp.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub created_at: Option<String>,
    /// User id of the creator; "-1" stands for Zendesk itself.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub created_by: Option<String>,
    /// Timestamp of the latest change.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub updated_at: Option<String>,
    /// User id of the last editor.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub updated_by: Option<String>,
}
/// Request body for creating a webhook.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookCreateRequest {
    /// The `webhook` property.
    pub webhook: WebhookCreateRequestWebhook,
}
/// One page of webhooks with cursor details.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookListResponse {
    /// The `webhooks` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<Vec<Webhook>>,
    /// The `meta` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<PaginationMeta>,
    /// The `links` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<PaginationLinks>,
}
/// Request body for a partial webhook update.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookPatchRequest {
    /// Only the fields to change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<WebhookPatchRequestWebhook>,
}
/// Envelope holding a single webhook.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookResponse {
    /// The `webhook` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<Webhook>,
}
/// Secret and algorithm used to sign outgoing webhook requests.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookSigningSecret {
    /// Hashing algorithm, for instance sha256.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<String>,
    /// The secret value itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
/// Envelope holding a webhook's signing secret.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookSigningSecretResponse {
    /// The `signing_secret` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_secret: Option<WebhookSigningSecret>,
}
/// Request body for sending a trial webhook call.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookTestRequest {
    /// Settings to use for the trial call.
    pub webhook: WebhookTestRequestWebhook,
}
/// Result of a trial webhook call.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookTestResponse {
    /// The `test` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test: Option<WebhookTestResponseTest>,
}
/// Request body for replacing a webhook's settings.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookUpdateRequest {
    /// The `webhook` property.
    pub webhook: WebhookCreateRequestWebhook,
}
/// The schema at `/components/schemas/ApiKeyAuthentication/properties/type` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApiKeyAuthenticationType {
    /// `api_key`
    ApiKey,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ApiKeyAuthenticationType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiKey => "api_key",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ApiKeyAuthenticationType {
    fn from(value: &str) -> Self {
        match value {
            "api_key" => Self::ApiKey,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(ApiKeyAuthenticationType);
/// The schema at `/components/schemas/ApiKeyAuthentication/properties/data` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApiKeyAuthenticationData {
    /// Header or query parameter name carrying the key.
    pub name: String,
    /// The key itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// Whether the key goes in a header or the query string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApiKeyAuthenticationAddPosition {
    /// `header`
    Header,
    /// `query_string`
    QueryString,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ApiKeyAuthenticationAddPosition {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Header => "header",
            Self::QueryString => "query_string",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ApiKeyAuthenticationAddPosition {
    fn from(value: &str) -> Self {
        match value {
            "header" => Self::Header,
            "query_string" => Self::QueryString,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(ApiKeyAuthenticationAddPosition);
/// The schema at `/components/schemas/BasicAuthAuthentication/properties/type` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BasicAuthAuthenticationType {
    /// `basic_auth`
    BasicAuth,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl BasicAuthAuthenticationType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BasicAuth => "basic_auth",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for BasicAuthAuthenticationType {
    fn from(value: &str) -> Self {
        match value {
            "basic_auth" => Self::BasicAuth,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(BasicAuthAuthenticationType);
/// The schema at `/components/schemas/BasicAuthAuthentication/properties/data` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BasicAuthAuthenticationData {
    /// Basic auth user name.
    pub username: String,
    /// Basic auth password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}
/// The schema at `/components/schemas/BearerTokenAuthentication/properties/type` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BearerTokenAuthenticationType {
    /// `bearer_token`
    BearerToken,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl BearerTokenAuthenticationType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BearerToken => "bearer_token",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for BearerTokenAuthenticationType {
    fn from(value: &str) -> Self {
        match value {
            "bearer_token" => Self::BearerToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(BearerTokenAuthenticationType);
/// The schema at `/components/schemas/BearerTokenAuthentication/properties/data` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct BearerTokenAuthenticationData {
    /// Token placed in the Authorization header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}
/// The schema at `/components/schemas/ErrorResponse/properties/error` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorResponseError {
    /// Short name of the problem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Human-readable explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Machine-readable error identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Extra information about the failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
}
/// The schema at `/components/schemas/ErrorResponse/properties/errors/items` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorResponseErrorsItem {
    /// Name of the offending field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Machine-readable code for this field's problem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Explanation of this field's problem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// Verb used for requests; event subscriptions need POST.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookHttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookHttpMethod {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookHttpMethod {
    fn from(value: &str) -> Self {
        match value {
            "GET" => Self::Get,
            "POST" => Self::Post,
            "PUT" => Self::Put,
            "PATCH" => Self::Patch,
            "DELETE" => Self::Delete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookHttpMethod);
/// Payload encoding; event subscriptions need json.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookRequestFormat {
    /// `json`
    Json,
    /// `xml`
    Xml,
    /// `form_encoded`
    FormEncoded,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookRequestFormat {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Xml => "xml",
            Self::FormEncoded => "form_encoded",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookRequestFormat {
    fn from(value: &str) -> Self {
        match value {
            "json" => Self::Json,
            "xml" => Self::Xml,
            "form_encoded" => Self::FormEncoded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookRequestFormat);
/// Whether the webhook is currently enabled.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookStatus {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookStatus);
/// Credentials attached to outgoing requests; absent means none.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum WebhookAuthentication {
    /// `type` is `basic_auth`.
    BasicAuthAuthentication(BasicAuthAuthentication),
    /// `type` is `bearer_token`.
    BearerTokenAuthentication(BearerTokenAuthentication),
    /// `type` is `api_key`.
    ApiKeyAuthentication(ApiKeyAuthentication),
    /// A `type` this version of the spec does not list, kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl<'de> ::serde::Deserialize<'de> for WebhookAuthentication {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("basic_auth") => {
                ::serde_json::from_value(value)
                    .map(Self::BasicAuthAuthentication)
                    .map_err(::serde::de::Error::custom)
            }
            Some("bearer_token") => {
                ::serde_json::from_value(value)
                    .map(Self::BearerTokenAuthentication)
                    .map_err(::serde::de::Error::custom)
            }
            Some("api_key") => {
                ::serde_json::from_value(value)
                    .map(Self::ApiKeyAuthentication)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
/// Origin that created the webhook, such as a Marketplace app.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookExternalSource {
    /// Name of the originating source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Version of the originating source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
/// The schema at `/components/schemas/WebhookCreateRequest/properties/webhook` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookCreateRequestWebhook {
    /// The `id` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub id: Option<::serde_json::Value>,
    /// Display name.
    pub name: String,
    /// Free-text notes about the webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// URL that receives the webhook's requests.
    pub endpoint: String,
    /// Verb used for requests; event subscriptions need POST.
    pub http_method: WebhookHttpMethod,
    /// Payload encoding; event subscriptions need json.
    pub request_format: WebhookRequestFormat,
    /// Whether the webhook is currently enabled.
    pub status: WebhookStatus,
    /// Event types to receive, or just conditional_ticket_events for triggers and automations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<String>>,
    /// Credentials attached to outgoing requests; absent means none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<WebhookAuthentication>,
    /// Extra non-secret headers sent with every request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_headers: Option<::std::collections::BTreeMap<String, String>>,
    /// The `signing_secret` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_secret: Option<WebhookSigningSecret>,
    /// Origin that created the webhook, such as a Marketplace app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_source: Option<WebhookExternalSource>,
    /// The `created_at` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub created_at: Option<::serde_json::Value>,
    /// The `created_by` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub created_by: Option<::serde_json::Value>,
    /// The `updated_at` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub updated_at: Option<::serde_json::Value>,
    /// The `updated_by` property.
    ///
    /// Set by the server (read-only); never sent.
    #[serde(default, skip_serializing)]
    pub updated_by: Option<::serde_json::Value>,
}
/// Only the fields to change.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookPatchRequestWebhook {
    /// The `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The `endpoint` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The `http_method` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_method: Option<WebhookPatchRequestWebhookHttpMethod>,
    /// The `request_format` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_format: Option<WebhookPatchRequestWebhookRequestFormat>,
    /// The `status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WebhookPatchRequestWebhookStatus>,
    /// The `subscriptions` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<String>>,
    /// The `authentication` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<WebhookPatchRequestWebhookAuthentication>,
    /// The `custom_headers` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_headers: Option<::std::collections::BTreeMap<String, String>>,
}
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/http_method` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookPatchRequestWebhookHttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookPatchRequestWebhookHttpMethod {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookPatchRequestWebhookHttpMethod {
    fn from(value: &str) -> Self {
        match value {
            "GET" => Self::Get,
            "POST" => Self::Post,
            "PUT" => Self::Put,
            "PATCH" => Self::Patch,
            "DELETE" => Self::Delete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookPatchRequestWebhookHttpMethod);
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/request_format` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookPatchRequestWebhookRequestFormat {
    /// `json`
    Json,
    /// `xml`
    Xml,
    /// `form_encoded`
    FormEncoded,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookPatchRequestWebhookRequestFormat {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Xml => "xml",
            Self::FormEncoded => "form_encoded",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookPatchRequestWebhookRequestFormat {
    fn from(value: &str) -> Self {
        match value {
            "json" => Self::Json,
            "xml" => Self::Xml,
            "form_encoded" => Self::FormEncoded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookPatchRequestWebhookRequestFormat);
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/status` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookPatchRequestWebhookStatus {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookPatchRequestWebhookStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookPatchRequestWebhookStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookPatchRequestWebhookStatus);
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/authentication` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum WebhookPatchRequestWebhookAuthentication {
    /// `type` is `basic_auth`.
    BasicAuthAuthentication(BasicAuthAuthentication),
    /// `type` is `bearer_token`.
    BearerTokenAuthentication(BearerTokenAuthentication),
    /// `type` is `api_key`.
    ApiKeyAuthentication(ApiKeyAuthentication),
    /// A `type` this version of the spec does not list, kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl<'de> ::serde::Deserialize<'de> for WebhookPatchRequestWebhookAuthentication {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("basic_auth") => {
                ::serde_json::from_value(value)
                    .map(Self::BasicAuthAuthentication)
                    .map_err(::serde::de::Error::custom)
            }
            Some("bearer_token") => {
                ::serde_json::from_value(value)
                    .map(Self::BearerTokenAuthentication)
                    .map_err(::serde::de::Error::custom)
            }
            Some("api_key") => {
                ::serde_json::from_value(value)
                    .map(Self::ApiKeyAuthentication)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
/// Settings to use for the trial call.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookTestRequestWebhook {
    /// URL the trial call is sent to.
    pub endpoint: String,
    /// The `http_method` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_method: Option<WebhookTestRequestWebhookHttpMethod>,
    /// The `request_format` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_format: Option<WebhookTestRequestWebhookRequestFormat>,
    /// The `authentication` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<WebhookPatchRequestWebhookAuthentication>,
    /// The `custom_headers` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_headers: Option<::std::collections::BTreeMap<String, String>>,
}
/// The schema at `/components/schemas/WebhookTestRequest/properties/webhook/properties/http_method` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookTestRequestWebhookHttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookTestRequestWebhookHttpMethod {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookTestRequestWebhookHttpMethod {
    fn from(value: &str) -> Self {
        match value {
            "GET" => Self::Get,
            "POST" => Self::Post,
            "PUT" => Self::Put,
            "PATCH" => Self::Patch,
            "DELETE" => Self::Delete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookTestRequestWebhookHttpMethod);
/// The schema at `/components/schemas/WebhookTestRequest/properties/webhook/properties/request_format` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookTestRequestWebhookRequestFormat {
    /// `json`
    Json,
    /// `xml`
    Xml,
    /// `form_encoded`
    FormEncoded,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookTestRequestWebhookRequestFormat {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Xml => "xml",
            Self::FormEncoded => "form_encoded",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookTestRequestWebhookRequestFormat {
    fn from(value: &str) -> Self {
        match value {
            "json" => Self::Json,
            "xml" => Self::Xml,
            "form_encoded" => Self::FormEncoded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookTestRequestWebhookRequestFormat);
/// The schema at `/components/schemas/WebhookTestResponse/properties/test` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookTestResponseTest {
    /// Overall outcome, such as success or failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Summary of what happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Status code the endpoint answered with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_code: Option<i64>,
    /// Body the endpoint answered with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_body: Option<String>,
}
/// The schema at `/paths/~1api~1v2~1webhooks/get/parameters/5/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListWebhooksSort {
    /// `name`
    Name,
    /// `status`
    Status,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ListWebhooksSort {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::Status => "status",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ListWebhooksSort {
    fn from(value: &str) -> Self {
        match value {
            "name" => Self::Name,
            "status" => Self::Status,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(ListWebhooksSort);
