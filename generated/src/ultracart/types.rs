// @generated
// Generated from specs/ultracart.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/ApiUserApplicationProfile` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiUserApplicationProfile {
    /// Where the application's logo image lives.
    pub api_application_logo_url: Option<String>,
    /// What the application does.
    pub application_description: Option<String>,
    /// Display name of the application.
    pub application_name: Option<String>,
    /// Who built the application.
    pub developer_name: Option<String>,
    /// Home page of the developer.
    pub developer_website: Option<String>,
}
impl ::serde::Serialize for ApiUserApplicationProfile {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("api_application_logo_url", &self.api_application_logo_url);
        map.optional("application_description", &self.application_description);
        map.optional("application_name", &self.application_name);
        map.optional("developer_name", &self.developer_name);
        map.optional("developer_website", &self.developer_website);
        map.end()
    }
}
rt::object_deserialize!(ApiUserApplicationProfile);
impl<'de> rt::FromMap<'de> for ApiUserApplicationProfile {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "api_application_logo_url" => map.set(&mut value.api_application_logo_url),
                "application_description" => map.set(&mut value.application_description),
                "application_name" => map.set(&mut value.application_name),
                "developer_name" => map.set(&mut value.developer_name),
                "developer_website" => map.set(&mut value.developer_website),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Error` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// Technical explanation meant for programmers.
    pub developer_message: Option<String>,
    /// HTTP status of the failure, given as text.
    pub error_code: Option<String>,
    /// Extra detail, frequently a link to documentation.
    pub more_info: Option<String>,
    /// Identifier of the object the failure relates to.
    pub object_id: Option<String>,
    /// Explanation safe to show to shoppers.
    pub user_message: Option<String>,
}
impl ::serde::Serialize for Error {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("developer_message", &self.developer_message);
        map.optional("error_code", &self.error_code);
        map.optional("more_info", &self.more_info);
        map.optional("object_id", &self.object_id);
        map.optional("user_message", &self.user_message);
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
                "more_info" => map.set(&mut value.more_info),
                "object_id" => map.set(&mut value.object_id),
                "user_message" => map.set(&mut value.user_message),
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
    /// The `metadata` property.
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    pub success: Option<bool>,
    /// The `warning` property.
    pub warning: Option<Warning>,
}
impl ::serde::Serialize for ErrorResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
        map.optional("metadata", &self.metadata);
        map.optional("success", &self.success);
        map.optional("warning", &self.warning);
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
                "metadata" => map.set(&mut value.metadata),
                "success" => map.set(&mut value.success),
                "warning" => map.set(&mut value.warning),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/HTTPHeader` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpHeader {
    /// Header name.
    pub name: Option<String>,
    /// Header value.
    pub value: Option<String>,
}
impl ::serde::Serialize for HttpHeader {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("name", &self.name);
        map.optional("value", &self.value);
        map.end()
    }
}
rt::object_deserialize!(HttpHeader);
impl<'de> rt::FromMap<'de> for HttpHeader {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.set(&mut value.name),
                "value" => map.set(&mut value.value),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/ResponseMetadata` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseMetadata {
    /// Name of the payload carried by the response.
    pub payload_name: Option<String>,
    /// The `result_set` property.
    pub result_set: Option<ResultSet>,
}
impl ::serde::Serialize for ResponseMetadata {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("payload_name", &self.payload_name);
        map.optional("result_set", &self.result_set);
        map.end()
    }
}
rt::object_deserialize!(ResponseMetadata);
impl<'de> rt::FromMap<'de> for ResponseMetadata {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "payload_name" => map.set(&mut value.payload_name),
                "result_set" => map.set(&mut value.result_set),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/ResultSet` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultSet {
    /// How many records this page holds.
    pub count: Option<i32>,
    /// Page size that was applied.
    pub limit: Option<i32>,
    /// True while further pages exist.
    pub more: Option<bool>,
    /// Offset to pass to get the following page.
    pub next_offset: Option<i32>,
    /// Zero-based position of this page.
    pub offset: Option<i32>,
    /// Overall record count; may be absent when not known.
    pub total_records: Option<i32>,
}
impl ::serde::Serialize for ResultSet {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("count", &self.count);
        map.optional("limit", &self.limit);
        map.optional("more", &self.more);
        map.optional("next_offset", &self.next_offset);
        map.optional("offset", &self.offset);
        map.optional("total_records", &self.total_records);
        map.end()
    }
}
rt::object_deserialize!(ResultSet);
impl<'de> rt::FromMap<'de> for ResultSet {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "count" => map.set(&mut value.count),
                "limit" => map.set(&mut value.limit),
                "more" => map.set(&mut value.more),
                "next_offset" => map.set(&mut value.next_offset),
                "offset" => map.set(&mut value.offset),
                "total_records" => map.set(&mut value.total_records),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Warning` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Warning {
    /// Extra detail, frequently a link to documentation.
    pub more_info: Option<String>,
    /// Technical warning meant for programmers.
    pub warning_message: Option<String>,
}
impl ::serde::Serialize for Warning {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("more_info", &self.more_info);
        map.optional("warning_message", &self.warning_message);
        map.end()
    }
}
rt::object_deserialize!(Warning);
impl<'de> rt::FromMap<'de> for Warning {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "more_info" => map.set(&mut value.more_info),
                "warning_message" => map.set(&mut value.warning_message),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Webhook` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Webhook {
    /// Owning API user, when the webhook belongs to one.
    pub api_user_oid: Option<i32>,
    /// Version of the objects placed in notifications.
    pub api_version: Option<WebhookApiVersion>,
    /// The `application_profile` property.
    pub application_profile: Option<ApiUserApplicationProfile>,
    /// How UltraCart proves itself to the receiving server.
    pub authentication_type: Option<WebhookAuthenticationType>,
    /// Password for basic authentication.
    pub basic_password: Option<String>,
    /// User name for basic authentication.
    pub basic_username: Option<String>,
    /// Gzip the events and send them base64 encoded.
    pub compress_events: Option<bool>,
    /// Delivery attempts that have failed in a row.
    pub consecutive_failures: Option<i32>,
    /// True when deliveries are switched off.
    pub disabled: Option<bool>,
    /// Categories of events with their subscription flags.
    pub event_categories: Option<Vec<WebhookEventCategory>>,
    /// AWS IAM access key used for SQS delivery.
    pub iam_access_key: Option<String>,
    /// AWS IAM secret key used for SQS delivery.
    pub iam_secret_key: Option<String>,
    /// Upper bound on events in one delivery.
    pub maximum_events: Option<i32>,
    /// Upper bound on the size of one delivery.
    pub maximum_size: Option<i32>,
    /// Merchant account that owns the webhook.
    pub merchant_id: Option<String>,
    /// Earliest time of the next attempt after failures.
    pub next_retry_after: Option<String>,
    /// Events waiting to be delivered.
    pub pending: Option<i32>,
    /// Unique identifier of the webhook.
    pub webhook_oid: Option<i32>,
    /// Endpoint receiving the events; HTTPS for customer data.
    pub webhook_url: Option<String>,
}
impl ::serde::Serialize for Webhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("api_user_oid", &self.api_user_oid);
        map.optional("api_version", &self.api_version);
        map.optional("application_profile", &self.application_profile);
        map.optional("authentication_type", &self.authentication_type);
        map.optional("basic_password", &self.basic_password);
        map.optional("basic_username", &self.basic_username);
        map.optional("compress_events", &self.compress_events);
        map.optional("consecutive_failures", &self.consecutive_failures);
        map.optional("disabled", &self.disabled);
        map.optional("event_categories", &self.event_categories);
        map.optional("iam_access_key", &self.iam_access_key);
        map.optional("iam_secret_key", &self.iam_secret_key);
        map.optional("maximum_events", &self.maximum_events);
        map.optional("maximum_size", &self.maximum_size);
        map.optional("merchant_id", &self.merchant_id);
        map.optional("next_retry_after", &self.next_retry_after);
        map.optional("pending", &self.pending);
        map.optional("webhook_oid", &self.webhook_oid);
        map.optional("webhook_url", &self.webhook_url);
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
                "api_user_oid" => map.set(&mut value.api_user_oid),
                "api_version" => map.set(&mut value.api_version),
                "application_profile" => map.set(&mut value.application_profile),
                "authentication_type" => map.set(&mut value.authentication_type),
                "basic_password" => map.set(&mut value.basic_password),
                "basic_username" => map.set(&mut value.basic_username),
                "compress_events" => map.set(&mut value.compress_events),
                "consecutive_failures" => map.set(&mut value.consecutive_failures),
                "disabled" => map.set(&mut value.disabled),
                "event_categories" => map.set(&mut value.event_categories),
                "iam_access_key" => map.set(&mut value.iam_access_key),
                "iam_secret_key" => map.set(&mut value.iam_secret_key),
                "maximum_events" => map.set(&mut value.maximum_events),
                "maximum_size" => map.set(&mut value.maximum_size),
                "merchant_id" => map.set(&mut value.merchant_id),
                "next_retry_after" => map.set(&mut value.next_retry_after),
                "pending" => map.set(&mut value.pending),
                "webhook_oid" => map.set(&mut value.webhook_oid),
                "webhook_url" => map.set(&mut value.webhook_url),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookEventCategory` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookEventCategory {
    /// True if at least one of this category's events is enabled.
    pub any_subscribed: Option<bool>,
    /// Expansion names that may be requested.
    pub available_expansions: Option<Vec<String>>,
    /// Name of the category.
    pub event_category: Option<String>,
    /// Events in this category and whether each is subscribed.
    pub events: Option<Vec<WebhookEventSubscription>>,
    /// True if all of this category's events are enabled; handy for UIs.
    pub subscribed: Option<bool>,
}
impl ::serde::Serialize for WebhookEventCategory {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("any_subscribed", &self.any_subscribed);
        map.optional("available_expansions", &self.available_expansions);
        map.optional("event_category", &self.event_category);
        map.optional("events", &self.events);
        map.optional("subscribed", &self.subscribed);
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
                "any_subscribed" => map.set(&mut value.any_subscribed),
                "available_expansions" => map.set(&mut value.available_expansions),
                "event_category" => map.set(&mut value.event_category),
                "events" => map.set(&mut value.events),
                "subscribed" => map.set(&mut value.subscribed),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookEventSubscription` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookEventSubscription {
    /// Additional remark on this event, aimed at merchants.
    pub comments: Option<String>,
    /// True when the event is deprecated.
    pub deprecated_flag: Option<bool>,
    /// True when the event is no longer sent.
    pub discontinued_flag: Option<bool>,
    /// What the event means.
    pub event_description: Option<String>,
    /// Name of the event.
    pub event_name: Option<String>,
    /// Optional Ruler filter; only matching events are delivered.
    pub event_ruler: Option<String>,
    /// Expansion applied to the object sent with the event.
    pub expansion: Option<String>,
    /// True when this event is subscribed.
    pub subscribed: Option<bool>,
    /// True when existing records can be reflowed as this event.
    pub supports_reflow: Option<bool>,
    /// Unique identifier of the event.
    pub webhook_event_oid: Option<i32>,
}
impl ::serde::Serialize for WebhookEventSubscription {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("comments", &self.comments);
        map.optional("deprecated_flag", &self.deprecated_flag);
        map.optional("discontinued_flag", &self.discontinued_flag);
        map.optional("event_description", &self.event_description);
        map.optional("event_name", &self.event_name);
        map.optional("event_ruler", &self.event_ruler);
        map.optional("expansion", &self.expansion);
        map.optional("subscribed", &self.subscribed);
        map.optional("supports_reflow", &self.supports_reflow);
        map.optional("webhook_event_oid", &self.webhook_event_oid);
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
                "comments" => map.set(&mut value.comments),
                "deprecated_flag" => map.set(&mut value.deprecated_flag),
                "discontinued_flag" => map.set(&mut value.discontinued_flag),
                "event_description" => map.set(&mut value.event_description),
                "event_name" => map.set(&mut value.event_name),
                "event_ruler" => map.set(&mut value.event_ruler),
                "expansion" => map.set(&mut value.expansion),
                "subscribed" => map.set(&mut value.subscribed),
                "supports_reflow" => map.set(&mut value.supports_reflow),
                "webhook_event_oid" => map.set(&mut value.webhook_event_oid),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookLog` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookLog {
    /// Moment the delivery happened.
    pub delivery_dts: Option<String>,
    /// Time taken to process, in milliseconds.
    pub duration: Option<i32>,
    /// Time spent queued, in milliseconds.
    pub queue_delay: Option<i64>,
    /// Body sent, cut to its first 100,000 characters.
    pub request: Option<String>,
    /// Headers sent with the request.
    pub request_headers: Option<Vec<HttpHeader>>,
    /// Unique id of the delivery, usable in log searches.
    pub request_id: Option<String>,
    /// Body received, cut to its first 100,000 characters.
    pub response: Option<String>,
    /// Headers returned by the receiver.
    pub response_headers: Option<Vec<HttpHeader>>,
    /// HTTP status returned by the receiver.
    pub status_code: Option<i32>,
    /// True when the delivery worked.
    pub success: Option<bool>,
    /// Address the delivery went to.
    pub uri: Option<String>,
    /// Identifier of the webhook.
    pub webhook_oid: Option<i32>,
}
impl ::serde::Serialize for WebhookLog {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("delivery_dts", &self.delivery_dts);
        map.optional("duration", &self.duration);
        map.optional("queue_delay", &self.queue_delay);
        map.optional("request", &self.request);
        map.optional("request_headers", &self.request_headers);
        map.optional("request_id", &self.request_id);
        map.optional("response", &self.response);
        map.optional("response_headers", &self.response_headers);
        map.optional("status_code", &self.status_code);
        map.optional("success", &self.success);
        map.optional("uri", &self.uri);
        map.optional("webhook_oid", &self.webhook_oid);
        map.end()
    }
}
rt::object_deserialize!(WebhookLog);
impl<'de> rt::FromMap<'de> for WebhookLog {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "delivery_dts" => map.set(&mut value.delivery_dts),
                "duration" => map.set(&mut value.duration),
                "queue_delay" => map.set(&mut value.queue_delay),
                "request" => map.set(&mut value.request),
                "request_headers" => map.set(&mut value.request_headers),
                "request_id" => map.set(&mut value.request_id),
                "response" => map.set(&mut value.response),
                "response_headers" => map.set(&mut value.response_headers),
                "status_code" => map.set(&mut value.status_code),
                "success" => map.set(&mut value.success),
                "uri" => map.set(&mut value.uri),
                "webhook_oid" => map.set(&mut value.webhook_oid),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookLogResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookLogResponse {
    /// The `error` property.
    pub error: Option<Error>,
    /// The `metadata` property.
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    pub success: Option<bool>,
    /// The `warning` property.
    pub warning: Option<Warning>,
    /// The `webhook_log` property.
    pub webhook_log: Option<WebhookLog>,
}
impl ::serde::Serialize for WebhookLogResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
        map.optional("metadata", &self.metadata);
        map.optional("success", &self.success);
        map.optional("warning", &self.warning);
        map.optional("webhook_log", &self.webhook_log);
        map.end()
    }
}
rt::object_deserialize!(WebhookLogResponse);
impl<'de> rt::FromMap<'de> for WebhookLogResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "error" => map.set(&mut value.error),
                "metadata" => map.set(&mut value.metadata),
                "success" => map.set(&mut value.success),
                "warning" => map.set(&mut value.warning),
                "webhook_log" => map.set(&mut value.webhook_log),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookLogSummariesResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookLogSummariesResponse {
    /// The `error` property.
    pub error: Option<Error>,
    /// The `metadata` property.
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    pub success: Option<bool>,
    /// The `warning` property.
    pub warning: Option<Warning>,
    /// Log summaries on this page.
    pub webhook_log_summaries: Option<Vec<WebhookLogSummary>>,
}
impl ::serde::Serialize for WebhookLogSummariesResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
        map.optional("metadata", &self.metadata);
        map.optional("success", &self.success);
        map.optional("warning", &self.warning);
        map.optional("webhook_log_summaries", &self.webhook_log_summaries);
        map.end()
    }
}
rt::object_deserialize!(WebhookLogSummariesResponse);
impl<'de> rt::FromMap<'de> for WebhookLogSummariesResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "error" => map.set(&mut value.error),
                "metadata" => map.set(&mut value.metadata),
                "success" => map.set(&mut value.success),
                "warning" => map.set(&mut value.warning),
                "webhook_log_summaries" => map.set(&mut value.webhook_log_summaries),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookLogSummary` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookLogSummary {
    /// Moment the delivery happened.
    pub delivery_dts: Option<String>,
    /// Request id; pass it to fetch the full log.
    pub request_id: Option<String>,
    /// True when the delivery worked.
    pub success: Option<bool>,
}
impl ::serde::Serialize for WebhookLogSummary {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("delivery_dts", &self.delivery_dts);
        map.optional("request_id", &self.request_id);
        map.optional("success", &self.success);
        map.end()
    }
}
rt::object_deserialize!(WebhookLogSummary);
impl<'de> rt::FromMap<'de> for WebhookLogSummary {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "delivery_dts" => map.set(&mut value.delivery_dts),
                "request_id" => map.set(&mut value.request_id),
                "success" => map.set(&mut value.success),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookReflow` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookReflow {
    /// Event being reflowed.
    pub event_name: Option<String>,
    /// True when the reflow was queued.
    pub queued: Option<bool>,
}
impl ::serde::Serialize for WebhookReflow {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("event_name", &self.event_name);
        map.optional("queued", &self.queued);
        map.end()
    }
}
rt::object_deserialize!(WebhookReflow);
impl<'de> rt::FromMap<'de> for WebhookReflow {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "event_name" => map.set(&mut value.event_name),
                "queued" => map.set(&mut value.queued),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookReflowResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookReflowResponse {
    /// The `error` property.
    pub error: Option<Error>,
    /// The `metadata` property.
    pub metadata: Option<ResponseMetadata>,
    /// The `reflow` property.
    pub reflow: Option<WebhookReflow>,
    /// True when the call worked.
    pub success: Option<bool>,
    /// The `warning` property.
    pub warning: Option<Warning>,
}
impl ::serde::Serialize for WebhookReflowResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
        map.optional("metadata", &self.metadata);
        map.optional("reflow", &self.reflow);
        map.optional("success", &self.success);
        map.optional("warning", &self.warning);
        map.end()
    }
}
rt::object_deserialize!(WebhookReflowResponse);
impl<'de> rt::FromMap<'de> for WebhookReflowResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "error" => map.set(&mut value.error),
                "metadata" => map.set(&mut value.metadata),
                "reflow" => map.set(&mut value.reflow),
                "success" => map.set(&mut value.success),
                "warning" => map.set(&mut value.warning),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhookResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookResponse {
    /// The `error` property.
    pub error: Option<Error>,
    /// The `metadata` property.
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    pub success: Option<bool>,
    /// The `warning` property.
    pub warning: Option<Warning>,
    /// The `webhook` property.
    pub webhook: Option<Webhook>,
}
impl ::serde::Serialize for WebhookResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
        map.optional("metadata", &self.metadata);
        map.optional("success", &self.success);
        map.optional("warning", &self.warning);
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
                "error" => map.set(&mut value.error),
                "metadata" => map.set(&mut value.metadata),
                "success" => map.set(&mut value.success),
                "warning" => map.set(&mut value.warning),
                "webhook" => map.set(&mut value.webhook),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/WebhooksResponse` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhooksResponse {
    /// The `error` property.
    pub error: Option<Error>,
    /// The `metadata` property.
    pub metadata: Option<ResponseMetadata>,
    /// True when the call worked.
    pub success: Option<bool>,
    /// The `warning` property.
    pub warning: Option<Warning>,
    /// Webhooks on this page.
    pub webhooks: Option<Vec<Webhook>>,
}
impl ::serde::Serialize for WebhooksResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
        map.optional("metadata", &self.metadata);
        map.optional("success", &self.success);
        map.optional("warning", &self.warning);
        map.optional("webhooks", &self.webhooks);
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
                "error" => map.set(&mut value.error),
                "metadata" => map.set(&mut value.metadata),
                "success" => map.set(&mut value.success),
                "warning" => map.set(&mut value.warning),
                "webhooks" => map.set(&mut value.webhooks),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Version of the objects placed in notifications.
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
/// How UltraCart proves itself to the receiving server.
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
