// @generated
// Generated from specs/zendesk.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// Sends a named API key with each webhook request.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyAuthentication {
    /// The `type` property.
    pub type_: ApiKeyAuthenticationType,
    /// The `data` property.
    pub data: Option<ApiKeyAuthenticationData>,
    /// Whether the key goes in a header or the query string.
    pub add_position: ApiKeyAuthenticationAddPosition,
}
impl ::serde::Serialize for ApiKeyAuthentication {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.optional("data", &self.data);
        map.field("add_position", &self.add_position);
        map.end()
    }
}
rt::object_deserialize!(ApiKeyAuthentication);
impl<'de> rt::FromMap<'de> for ApiKeyAuthentication {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut data = None;
        let mut add_position = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "data" => map.set(&mut data),
                "add_position" => map.put(&mut add_position),
                _ => map.skip(),
            }
        }
        match (type_, add_position) {
            (Some(type_), Some(add_position)) => map.done(Self { type_, data, add_position }),
            (type_, add_position) => {
                map.missing(&[("type", type_.is_none()), ("add_position", add_position.is_none())])
            }
        }
    }
}
/// Sends HTTP basic credentials with each webhook request.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicAuthAuthentication {
    /// The `type` property.
    pub type_: BasicAuthAuthenticationType,
    /// The `data` property.
    pub data: Option<BasicAuthAuthenticationData>,
}
impl ::serde::Serialize for BasicAuthAuthentication {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.optional("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(BasicAuthAuthentication);
impl<'de> rt::FromMap<'de> for BasicAuthAuthentication {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "data" => map.set(&mut data),
                _ => map.skip(),
            }
        }
        match type_ {
            Some(type_) => map.done(Self { type_, data }),
            None => map.missing(&[("type", true)]),
        }
    }
}
/// Sends a bearer token with each webhook request.
#[derive(Debug, Clone, PartialEq)]
pub struct BearerTokenAuthentication {
    /// The `type` property.
    pub type_: BearerTokenAuthenticationType,
    /// The `data` property.
    pub data: Option<BearerTokenAuthenticationData>,
}
impl ::serde::Serialize for BearerTokenAuthentication {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.optional("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(BearerTokenAuthentication);
impl<'de> rt::FromMap<'de> for BearerTokenAuthentication {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "data" => map.set(&mut data),
                _ => map.skip(),
            }
        }
        match type_ {
            Some(type_) => map.done(Self { type_, data }),
            None => map.missing(&[("type", true)]),
        }
    }
}
/// Error payload returned when a request fails.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponse {
    /// The `error` property.
    pub error: Option<ErrorResponseError>,
    /// Per-field validation problems.
    pub errors: Option<Vec<ErrorResponseErrorsItem>>,
}
impl ::serde::Serialize for ErrorResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
        map.optional("errors", &self.errors);
        map.end()
    }
}
rt::object_deserialize!(ErrorResponse);
impl<'de> rt::FromMap<'de> for ErrorResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "error" => map.set(&mut value.error),
                "errors" => map.set(&mut value.errors),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Links to neighbouring result pages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaginationLinks {
    /// Address of the preceding page.
    pub prev: Option<String>,
    /// Address of the following page.
    pub next: Option<String>,
}
impl ::serde::Serialize for PaginationLinks {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("prev", &self.prev);
        map.optional("next", &self.next);
        map.end()
    }
}
rt::object_deserialize!(PaginationLinks);
impl<'de> rt::FromMap<'de> for PaginationLinks {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "prev" => map.set(&mut value.prev),
                "next" => map.set(&mut value.next),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Cursor information for the current page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaginationMeta {
    /// True when another page follows.
    pub has_more: Option<bool>,
    /// Cursor to pass as page\[after\] for the following page.
    pub after_cursor: Option<String>,
    /// Cursor to pass as page\[before\] for the preceding page.
    pub before_cursor: Option<String>,
    /// Overall item count, when the server supplies it.
    pub count: Option<i64>,
}
impl ::serde::Serialize for PaginationMeta {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("has_more", &self.has_more);
        map.optional("after_cursor", &self.after_cursor);
        map.optional("before_cursor", &self.before_cursor);
        map.optional("count", &self.count);
        map.end()
    }
}
rt::object_deserialize!(PaginationMeta);
impl<'de> rt::FromMap<'de> for PaginationMeta {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "has_more" => map.set(&mut value.has_more),
                "after_cursor" => map.set(&mut value.after_cursor),
                "before_cursor" => map.set(&mut value.before_cursor),
                "count" => map.set(&mut value.count),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// An outbound HTTP callback configured in Zendesk.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// Server-assigned identifier.
    ///
    /// Set by the server (read-only); never sent.
    pub id: Option<String>,
    /// Display name.
    pub name: String,
    /// Free-text notes about the webhook.
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
    pub subscriptions: Option<Vec<String>>,
    /// Credentials attached to outgoing requests; absent means none.
    pub authentication: Option<WebhookAuthentication>,
    /// Extra non-secret headers sent with every request.
    pub custom_headers: Option<::std::collections::BTreeMap<String, String>>,
    /// The `signing_secret` property.
    pub signing_secret: Option<WebhookSigningSecret>,
    /// Origin that created the webhook, such as a Marketplace app.
    pub external_source: Option<WebhookExternalSource>,
    /// Creation timestamp.
    ///
    /// Set by the server (read-only); never sent.
    pub created_at: Option<String>,
    /// User id of the creator; "-1" stands for Zendesk itself.
    ///
    /// Set by the server (read-only); never sent.
    pub created_by: Option<String>,
    /// Timestamp of the latest change.
    ///
    /// Set by the server (read-only); never sent.
    pub updated_at: Option<String>,
    /// User id of the last editor.
    ///
    /// Set by the server (read-only); never sent.
    pub updated_by: Option<String>,
}
impl ::serde::Serialize for Webhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("description", &self.description);
        map.field("endpoint", &self.endpoint);
        map.field("http_method", &self.http_method);
        map.field("request_format", &self.request_format);
        map.field("status", &self.status);
        map.optional("subscriptions", &self.subscriptions);
        map.optional("authentication", &self.authentication);
        map.optional("custom_headers", &self.custom_headers);
        map.optional("signing_secret", &self.signing_secret);
        map.optional("external_source", &self.external_source);
        map.end()
    }
}
rt::object_deserialize!(Webhook);
impl<'de> rt::FromMap<'de> for Webhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut description = None;
        let mut endpoint = None;
        let mut http_method = None;
        let mut request_format = None;
        let mut status = None;
        let mut subscriptions = None;
        let mut authentication = None;
        let mut custom_headers = None;
        let mut signing_secret = None;
        let mut external_source = None;
        let mut created_at = None;
        let mut created_by = None;
        let mut updated_at = None;
        let mut updated_by = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut id),
                "name" => map.put(&mut name),
                "description" => map.set(&mut description),
                "endpoint" => map.put(&mut endpoint),
                "http_method" => map.put(&mut http_method),
                "request_format" => map.put(&mut request_format),
                "status" => map.put(&mut status),
                "subscriptions" => map.set(&mut subscriptions),
                "authentication" => map.set(&mut authentication),
                "custom_headers" => map.set(&mut custom_headers),
                "signing_secret" => map.set(&mut signing_secret),
                "external_source" => map.set(&mut external_source),
                "created_at" => map.set(&mut created_at),
                "created_by" => map.set(&mut created_by),
                "updated_at" => map.set(&mut updated_at),
                "updated_by" => map.set(&mut updated_by),
                _ => map.skip(),
            }
        }
        match (name, endpoint, http_method, request_format, status) {
            (Some(name), Some(endpoint), Some(http_method), Some(request_format), Some(status)) => {
                map.done(Self {
                    id,
                    name,
                    description,
                    endpoint,
                    http_method,
                    request_format,
                    status,
                    subscriptions,
                    authentication,
                    custom_headers,
                    signing_secret,
                    external_source,
                    created_at,
                    created_by,
                    updated_at,
                    updated_by,
                })
            }
            (name, endpoint, http_method, request_format, status) => {
                map.missing(&[
                    ("name", name.is_none()),
                    ("endpoint", endpoint.is_none()),
                    ("http_method", http_method.is_none()),
                    ("request_format", request_format.is_none()),
                    ("status", status.is_none()),
                ])
            }
        }
    }
}
/// Request body for creating a webhook.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookCreateRequest {
    /// The `webhook` property.
    pub webhook: WebhookCreateRequestWebhook,
}
impl ::serde::Serialize for WebhookCreateRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("webhook", &self.webhook);
        map.end()
    }
}
rt::object_deserialize!(WebhookCreateRequest);
impl<'de> rt::FromMap<'de> for WebhookCreateRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut webhook = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "webhook" => map.put(&mut webhook),
                _ => map.skip(),
            }
        }
        match webhook {
            Some(webhook) => map.done(Self { webhook }),
            None => map.missing(&[("webhook", true)]),
        }
    }
}
/// One page of webhooks with cursor details.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookListResponse {
    /// The `webhooks` property.
    pub webhooks: Option<Vec<Webhook>>,
    /// The `meta` property.
    pub meta: Option<PaginationMeta>,
    /// The `links` property.
    pub links: Option<PaginationLinks>,
}
impl ::serde::Serialize for WebhookListResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("webhooks", &self.webhooks);
        map.optional("meta", &self.meta);
        map.optional("links", &self.links);
        map.end()
    }
}
rt::object_deserialize!(WebhookListResponse);
impl<'de> rt::FromMap<'de> for WebhookListResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "webhooks" => map.set(&mut value.webhooks),
                "meta" => map.set(&mut value.meta),
                "links" => map.set(&mut value.links),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Request body for a partial webhook update.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookPatchRequest {
    /// Only the fields to change.
    pub webhook: Option<WebhookPatchRequestWebhook>,
}
impl ::serde::Serialize for WebhookPatchRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("webhook", &self.webhook);
        map.end()
    }
}
rt::object_deserialize!(WebhookPatchRequest);
impl<'de> rt::FromMap<'de> for WebhookPatchRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "webhook" => map.set(&mut value.webhook),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Envelope holding a single webhook.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookResponse {
    /// The `webhook` property.
    pub webhook: Option<Webhook>,
}
impl ::serde::Serialize for WebhookResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("webhook", &self.webhook);
        map.end()
    }
}
rt::object_deserialize!(WebhookResponse);
impl<'de> rt::FromMap<'de> for WebhookResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "webhook" => map.set(&mut value.webhook),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Secret and algorithm used to sign outgoing webhook requests.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookSigningSecret {
    /// Hashing algorithm, for instance sha256.
    pub algorithm: Option<String>,
    /// The secret value itself.
    pub secret: Option<String>,
}
impl ::serde::Serialize for WebhookSigningSecret {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("algorithm", &self.algorithm);
        map.optional("secret", &self.secret);
        map.end()
    }
}
rt::object_deserialize!(WebhookSigningSecret);
impl<'de> rt::FromMap<'de> for WebhookSigningSecret {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "algorithm" => map.set(&mut value.algorithm),
                "secret" => map.set(&mut value.secret),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Envelope holding a webhook's signing secret.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookSigningSecretResponse {
    /// The `signing_secret` property.
    pub signing_secret: Option<WebhookSigningSecret>,
}
impl ::serde::Serialize for WebhookSigningSecretResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("signing_secret", &self.signing_secret);
        map.end()
    }
}
rt::object_deserialize!(WebhookSigningSecretResponse);
impl<'de> rt::FromMap<'de> for WebhookSigningSecretResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "signing_secret" => map.set(&mut value.signing_secret),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Request body for sending a trial webhook call.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookTestRequest {
    /// Settings to use for the trial call.
    pub webhook: WebhookTestRequestWebhook,
}
impl ::serde::Serialize for WebhookTestRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("webhook", &self.webhook);
        map.end()
    }
}
rt::object_deserialize!(WebhookTestRequest);
impl<'de> rt::FromMap<'de> for WebhookTestRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut webhook = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "webhook" => map.put(&mut webhook),
                _ => map.skip(),
            }
        }
        match webhook {
            Some(webhook) => map.done(Self { webhook }),
            None => map.missing(&[("webhook", true)]),
        }
    }
}
/// Result of a trial webhook call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookTestResponse {
    /// The `test` property.
    pub test: Option<WebhookTestResponseTest>,
}
impl ::serde::Serialize for WebhookTestResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("test", &self.test);
        map.end()
    }
}
rt::object_deserialize!(WebhookTestResponse);
impl<'de> rt::FromMap<'de> for WebhookTestResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "test" => map.set(&mut value.test),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Request body for replacing a webhook's settings.
pub type WebhookUpdateRequest = WebhookCreateRequest;
/// The schema at `/components/schemas/ApiKeyAuthentication/properties/type` in the spec.
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyAuthenticationData {
    /// Header or query parameter name carrying the key.
    pub name: String,
    /// The key itself.
    pub value: Option<String>,
}
impl ::serde::Serialize for ApiKeyAuthenticationData {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("value", &self.value);
        map.end()
    }
}
rt::object_deserialize!(ApiKeyAuthenticationData);
impl<'de> rt::FromMap<'de> for ApiKeyAuthenticationData {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut value = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.put(&mut name),
                "value" => map.set(&mut value),
                _ => map.skip(),
            }
        }
        match name {
            Some(name) => map.done(Self { name, value }),
            None => map.missing(&[("name", true)]),
        }
    }
}
/// Whether the key goes in a header or the query string.
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct BasicAuthAuthenticationData {
    /// Basic auth user name.
    pub username: String,
    /// Basic auth password.
    pub password: Option<String>,
}
impl ::serde::Serialize for BasicAuthAuthenticationData {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("username", &self.username);
        map.optional("password", &self.password);
        map.end()
    }
}
rt::object_deserialize!(BasicAuthAuthenticationData);
impl<'de> rt::FromMap<'de> for BasicAuthAuthenticationData {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut username = None;
        let mut password = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "username" => map.put(&mut username),
                "password" => map.set(&mut password),
                _ => map.skip(),
            }
        }
        match username {
            Some(username) => map.done(Self { username, password }),
            None => map.missing(&[("username", true)]),
        }
    }
}
/// The schema at `/components/schemas/BearerTokenAuthentication/properties/type` in the spec.
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BearerTokenAuthenticationData {
    /// Token placed in the Authorization header.
    pub token: Option<String>,
}
impl ::serde::Serialize for BearerTokenAuthenticationData {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("token", &self.token);
        map.end()
    }
}
rt::object_deserialize!(BearerTokenAuthenticationData);
impl<'de> rt::FromMap<'de> for BearerTokenAuthenticationData {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "token" => map.set(&mut value.token),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/ErrorResponse/properties/error` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponseError {
    /// Short name of the problem.
    pub title: Option<String>,
    /// Human-readable explanation.
    pub message: Option<String>,
    /// Machine-readable error identifier.
    pub code: Option<String>,
    /// Extra information about the failure.
    pub details: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
}
impl ::serde::Serialize for ErrorResponseError {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("title", &self.title);
        map.optional("message", &self.message);
        map.optional("code", &self.code);
        map.optional("details", &self.details);
        map.end()
    }
}
rt::object_deserialize!(ErrorResponseError);
impl<'de> rt::FromMap<'de> for ErrorResponseError {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "title" => map.set(&mut value.title),
                "message" => map.set(&mut value.message),
                "code" => map.set(&mut value.code),
                "details" => map.set(&mut value.details),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/ErrorResponse/properties/errors/items` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponseErrorsItem {
    /// Name of the offending field.
    pub field: Option<String>,
    /// Machine-readable code for this field's problem.
    pub code: Option<String>,
    /// Explanation of this field's problem.
    pub message: Option<String>,
}
impl ::serde::Serialize for ErrorResponseErrorsItem {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("field", &self.field);
        map.optional("code", &self.code);
        map.optional("message", &self.message);
        map.end()
    }
}
rt::object_deserialize!(ErrorResponseErrorsItem);
impl<'de> rt::FromMap<'de> for ErrorResponseErrorsItem {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "field" => map.set(&mut value.field),
                "code" => map.set(&mut value.code),
                "message" => map.set(&mut value.message),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Verb used for requests; event subscriptions need POST.
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookExternalSource {
    /// Name of the originating source.
    pub name: Option<String>,
    /// Version of the originating source.
    pub version: Option<String>,
}
impl ::serde::Serialize for WebhookExternalSource {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("name", &self.name);
        map.optional("version", &self.version);
        map.end()
    }
}
rt::object_deserialize!(WebhookExternalSource);
impl<'de> rt::FromMap<'de> for WebhookExternalSource {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.set(&mut value.name),
                "version" => map.set(&mut value.version),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookCreateRequest/properties/webhook` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookCreateRequestWebhook {
    /// The `id` property.
    ///
    /// Set by the server (read-only); never sent.
    pub id: Option<::serde_json::Value>,
    /// Display name.
    pub name: String,
    /// Free-text notes about the webhook.
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
    pub subscriptions: Option<Vec<String>>,
    /// Credentials attached to outgoing requests; absent means none.
    pub authentication: Option<WebhookAuthentication>,
    /// Extra non-secret headers sent with every request.
    pub custom_headers: Option<::std::collections::BTreeMap<String, String>>,
    /// The `signing_secret` property.
    pub signing_secret: Option<WebhookSigningSecret>,
    /// Origin that created the webhook, such as a Marketplace app.
    pub external_source: Option<WebhookExternalSource>,
    /// The `created_at` property.
    ///
    /// Set by the server (read-only); never sent.
    pub created_at: Option<::serde_json::Value>,
    /// The `created_by` property.
    ///
    /// Set by the server (read-only); never sent.
    pub created_by: Option<::serde_json::Value>,
    /// The `updated_at` property.
    ///
    /// Set by the server (read-only); never sent.
    pub updated_at: Option<::serde_json::Value>,
    /// The `updated_by` property.
    ///
    /// Set by the server (read-only); never sent.
    pub updated_by: Option<::serde_json::Value>,
}
impl ::serde::Serialize for WebhookCreateRequestWebhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("name", &self.name);
        map.optional("description", &self.description);
        map.field("endpoint", &self.endpoint);
        map.field("http_method", &self.http_method);
        map.field("request_format", &self.request_format);
        map.field("status", &self.status);
        map.optional("subscriptions", &self.subscriptions);
        map.optional("authentication", &self.authentication);
        map.optional("custom_headers", &self.custom_headers);
        map.optional("signing_secret", &self.signing_secret);
        map.optional("external_source", &self.external_source);
        map.end()
    }
}
rt::object_deserialize!(WebhookCreateRequestWebhook);
impl<'de> rt::FromMap<'de> for WebhookCreateRequestWebhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut description = None;
        let mut endpoint = None;
        let mut http_method = None;
        let mut request_format = None;
        let mut status = None;
        let mut subscriptions = None;
        let mut authentication = None;
        let mut custom_headers = None;
        let mut signing_secret = None;
        let mut external_source = None;
        let mut created_at = None;
        let mut created_by = None;
        let mut updated_at = None;
        let mut updated_by = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut id),
                "name" => map.put(&mut name),
                "description" => map.set(&mut description),
                "endpoint" => map.put(&mut endpoint),
                "http_method" => map.put(&mut http_method),
                "request_format" => map.put(&mut request_format),
                "status" => map.put(&mut status),
                "subscriptions" => map.set(&mut subscriptions),
                "authentication" => map.set(&mut authentication),
                "custom_headers" => map.set(&mut custom_headers),
                "signing_secret" => map.set(&mut signing_secret),
                "external_source" => map.set(&mut external_source),
                "created_at" => map.set(&mut created_at),
                "created_by" => map.set(&mut created_by),
                "updated_at" => map.set(&mut updated_at),
                "updated_by" => map.set(&mut updated_by),
                _ => map.skip(),
            }
        }
        match (name, endpoint, http_method, request_format, status) {
            (Some(name), Some(endpoint), Some(http_method), Some(request_format), Some(status)) => {
                map.done(Self {
                    id,
                    name,
                    description,
                    endpoint,
                    http_method,
                    request_format,
                    status,
                    subscriptions,
                    authentication,
                    custom_headers,
                    signing_secret,
                    external_source,
                    created_at,
                    created_by,
                    updated_at,
                    updated_by,
                })
            }
            (name, endpoint, http_method, request_format, status) => {
                map.missing(&[
                    ("name", name.is_none()),
                    ("endpoint", endpoint.is_none()),
                    ("http_method", http_method.is_none()),
                    ("request_format", request_format.is_none()),
                    ("status", status.is_none()),
                ])
            }
        }
    }
}
/// Only the fields to change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookPatchRequestWebhook {
    /// The `name` property.
    pub name: Option<String>,
    /// The `description` property.
    pub description: Option<String>,
    /// The `endpoint` property.
    pub endpoint: Option<String>,
    /// The `http_method` property.
    pub http_method: Option<WebhookPatchRequestWebhookHttpMethod>,
    /// The `request_format` property.
    pub request_format: Option<WebhookPatchRequestWebhookRequestFormat>,
    /// The `status` property.
    pub status: Option<WebhookPatchRequestWebhookStatus>,
    /// The `subscriptions` property.
    pub subscriptions: Option<Vec<String>>,
    /// The `authentication` property.
    pub authentication: Option<WebhookPatchRequestWebhookAuthentication>,
    /// The `custom_headers` property.
    pub custom_headers: Option<::std::collections::BTreeMap<String, String>>,
}
impl ::serde::Serialize for WebhookPatchRequestWebhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("name", &self.name);
        map.optional("description", &self.description);
        map.optional("endpoint", &self.endpoint);
        map.optional("http_method", &self.http_method);
        map.optional("request_format", &self.request_format);
        map.optional("status", &self.status);
        map.optional("subscriptions", &self.subscriptions);
        map.optional("authentication", &self.authentication);
        map.optional("custom_headers", &self.custom_headers);
        map.end()
    }
}
rt::object_deserialize!(WebhookPatchRequestWebhook);
impl<'de> rt::FromMap<'de> for WebhookPatchRequestWebhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.set(&mut value.name),
                "description" => map.set(&mut value.description),
                "endpoint" => map.set(&mut value.endpoint),
                "http_method" => map.set(&mut value.http_method),
                "request_format" => map.set(&mut value.request_format),
                "status" => map.set(&mut value.status),
                "subscriptions" => map.set(&mut value.subscriptions),
                "authentication" => map.set(&mut value.authentication),
                "custom_headers" => map.set(&mut value.custom_headers),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/http_method` in the spec.
pub type WebhookPatchRequestWebhookHttpMethod = WebhookHttpMethod;
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/request_format` in the spec.
pub type WebhookPatchRequestWebhookRequestFormat = WebhookRequestFormat;
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/status` in the spec.
pub type WebhookPatchRequestWebhookStatus = WebhookStatus;
/// The schema at `/components/schemas/WebhookPatchRequest/properties/webhook/properties/authentication` in the spec.
pub type WebhookPatchRequestWebhookAuthentication = WebhookAuthentication;
/// Settings to use for the trial call.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookTestRequestWebhook {
    /// URL the trial call is sent to.
    pub endpoint: String,
    /// The `http_method` property.
    pub http_method: Option<WebhookTestRequestWebhookHttpMethod>,
    /// The `request_format` property.
    pub request_format: Option<WebhookTestRequestWebhookRequestFormat>,
    /// The `authentication` property.
    pub authentication: Option<WebhookPatchRequestWebhookAuthentication>,
    /// The `custom_headers` property.
    pub custom_headers: Option<::std::collections::BTreeMap<String, String>>,
}
impl ::serde::Serialize for WebhookTestRequestWebhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("endpoint", &self.endpoint);
        map.optional("http_method", &self.http_method);
        map.optional("request_format", &self.request_format);
        map.optional("authentication", &self.authentication);
        map.optional("custom_headers", &self.custom_headers);
        map.end()
    }
}
rt::object_deserialize!(WebhookTestRequestWebhook);
impl<'de> rt::FromMap<'de> for WebhookTestRequestWebhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut endpoint = None;
        let mut http_method = None;
        let mut request_format = None;
        let mut authentication = None;
        let mut custom_headers = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "endpoint" => map.put(&mut endpoint),
                "http_method" => map.set(&mut http_method),
                "request_format" => map.set(&mut request_format),
                "authentication" => map.set(&mut authentication),
                "custom_headers" => map.set(&mut custom_headers),
                _ => map.skip(),
            }
        }
        match endpoint {
            Some(endpoint) => {
                map.done(Self {
                    endpoint,
                    http_method,
                    request_format,
                    authentication,
                    custom_headers,
                })
            }
            None => map.missing(&[("endpoint", true)]),
        }
    }
}
/// The schema at `/components/schemas/WebhookTestRequest/properties/webhook/properties/http_method` in the spec.
pub type WebhookTestRequestWebhookHttpMethod = WebhookHttpMethod;
/// The schema at `/components/schemas/WebhookTestRequest/properties/webhook/properties/request_format` in the spec.
pub type WebhookTestRequestWebhookRequestFormat = WebhookRequestFormat;
/// The schema at `/components/schemas/WebhookTestResponse/properties/test` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookTestResponseTest {
    /// Overall outcome, such as success or failed.
    pub status: Option<String>,
    /// Summary of what happened.
    pub message: Option<String>,
    /// Status code the endpoint answered with.
    pub response_code: Option<i64>,
    /// Body the endpoint answered with.
    pub response_body: Option<String>,
}
impl ::serde::Serialize for WebhookTestResponseTest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("status", &self.status);
        map.optional("message", &self.message);
        map.optional("response_code", &self.response_code);
        map.optional("response_body", &self.response_body);
        map.end()
    }
}
rt::object_deserialize!(WebhookTestResponseTest);
impl<'de> rt::FromMap<'de> for WebhookTestResponseTest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "status" => map.set(&mut value.status),
                "message" => map.set(&mut value.message),
                "response_code" => map.set(&mut value.response_code),
                "response_body" => map.set(&mut value.response_body),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1api~1v2~1webhooks/get/parameters/5/schema` in the spec.
#[derive(Debug, Clone)]
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
