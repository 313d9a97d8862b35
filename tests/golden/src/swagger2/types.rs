// @generated
// Generated from tests/fixtures/types/swagger2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Webhook` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Webhook {
    /// The `webhook_oid` property.
    ///
    /// Set by the server (read-only); never sent.
    pub webhook_oid: Option<i32>,
    /// The `webhook_url` property.
    pub webhook_url: Option<String>,
    /// The `api_version` property.
    pub api_version: Option<WebhookApiVersion>,
    /// The `authentication_type` property.
    pub authentication_type: Option<WebhookAuthenticationType>,
    /// The `event_categories` property.
    pub event_categories: Option<Vec<WebhookEventCategory>>,
    /// The `maximum_events` property.
    pub maximum_events: Option<i32>,
    /// The `compress_events` property.
    pub compress_events: Option<bool>,
    /// The `basic_password` property.
    pub basic_password: Option<Option<String>>,
    /// The `last_failure` property.
    pub last_failure: Option<Option<String>>,
}
impl ::serde::Serialize for Webhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("webhook_url", &self.webhook_url);
        map.optional("api_version", &self.api_version);
        map.optional("authentication_type", &self.authentication_type);
        map.optional("event_categories", &self.event_categories);
        map.optional("maximum_events", &self.maximum_events);
        map.optional("compress_events", &self.compress_events);
        map.optional("basic_password", &self.basic_password);
        map.optional("last_failure", &self.last_failure);
        map.end()
    }
}
rt::object_deserialize!(Webhook);
impl<'de> rt::FromMap<'de> for Webhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "webhook_oid" => map.set(&mut value.webhook_oid),
                "webhook_url" => map.set(&mut value.webhook_url),
                "api_version" => map.set(&mut value.api_version),
                "authentication_type" => map.set(&mut value.authentication_type),
                "event_categories" => map.set(&mut value.event_categories),
                "maximum_events" => map.set(&mut value.maximum_events),
                "compress_events" => map.set(&mut value.compress_events),
                "basic_password" => map.put(&mut value.basic_password),
                "last_failure" => map.put(&mut value.last_failure),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookEventCategory` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookEventCategory {
    /// The `event_category` property.
    pub event_category: Option<String>,
    /// The `events` property.
    pub events: Option<Vec<WebhookEventSubscription>>,
}
impl ::serde::Serialize for WebhookEventCategory {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("event_category", &self.event_category);
        map.optional("events", &self.events);
        map.end()
    }
}
rt::object_deserialize!(WebhookEventCategory);
impl<'de> rt::FromMap<'de> for WebhookEventCategory {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "event_category" => map.set(&mut value.event_category),
                "events" => map.set(&mut value.events),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookEventSubscription` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookEventSubscription {
    /// The `event_name` property.
    pub event_name: Option<String>,
    /// The `subscribed` property.
    pub subscribed: Option<bool>,
}
impl ::serde::Serialize for WebhookEventSubscription {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("event_name", &self.event_name);
        map.optional("subscribed", &self.subscribed);
        map.end()
    }
}
rt::object_deserialize!(WebhookEventSubscription);
impl<'de> rt::FromMap<'de> for WebhookEventSubscription {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "event_name" => map.set(&mut value.event_name),
                "subscribed" => map.set(&mut value.subscribed),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookResponse {
    /// The `success` property.
    pub success: Option<bool>,
    /// The `webhook` property.
    pub webhook: Option<Webhook>,
    /// The `error` property.
    pub error: Option<Error>,
}
impl ::serde::Serialize for WebhookResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("success", &self.success);
        map.optional("webhook", &self.webhook);
        map.optional("error", &self.error);
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
                "success" => map.set(&mut value.success),
                "webhook" => map.set(&mut value.webhook),
                "error" => map.set(&mut value.error),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhooksResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhooksResponse {
    /// The `success` property.
    pub success: Option<bool>,
    /// The `webhooks` property.
    pub webhooks: Option<Vec<Webhook>>,
    /// The `metadata` property.
    pub metadata: Option<::std::collections::BTreeMap<String, String>>,
}
impl ::serde::Serialize for WebhooksResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("success", &self.success);
        map.optional("webhooks", &self.webhooks);
        map.optional("metadata", &self.metadata);
        map.end()
    }
}
rt::object_deserialize!(WebhooksResponse);
impl<'de> rt::FromMap<'de> for WebhooksResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "success" => map.set(&mut value.success),
                "webhooks" => map.set(&mut value.webhooks),
                "metadata" => map.set(&mut value.metadata),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/ErrorResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponse {
    /// The `error` property.
    pub error: Option<Error>,
}
impl ::serde::Serialize for ErrorResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
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
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Error` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// The `developer_message` property.
    pub developer_message: Option<String>,
    /// The `error_code` property.
    pub error_code: Option<String>,
    /// The `object_id` property.
    pub object_id: Option<Option<String>>,
}
impl ::serde::Serialize for Error {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("developer_message", &self.developer_message);
        map.optional("error_code", &self.error_code);
        map.optional("object_id", &self.object_id);
        map.end()
    }
}
rt::object_deserialize!(Error);
impl<'de> rt::FromMap<'de> for Error {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "developer_message" => map.set(&mut value.developer_message),
                "error_code" => map.set(&mut value.error_code),
                "object_id" => map.put(&mut value.object_id),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Webhook/properties/api_version` in the spec.
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct UploadWebhookFileRequest {
    /// The `file` property.
    pub file: crate::runtime::Upload,
}
impl ::serde::Serialize for UploadWebhookFileRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("file", &self.file);
        map.end()
    }
}
rt::object_deserialize!(UploadWebhookFileRequest);
impl<'de> rt::FromMap<'de> for UploadWebhookFileRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut file = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "file" => map.put(&mut file),
                _ => map.skip(),
            }
        }
        match file {
            Some(file) => map.done(Self { file }),
            None => map.missing(&[("file", true)]),
        }
    }
}
