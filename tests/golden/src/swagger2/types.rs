// @generated
// Generated from tests/fixtures/types/swagger2.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/Webhook` in the spec.
    #[derive(Default)]
    pub struct Webhook {
        /// The `webhook_oid` property.
        ///
        /// Set by the server (read-only); never sent.
        webhook_oid: Option<i32> = skip("webhook_oid", set),
        /// The `webhook_url` property.
        webhook_url: Option<String> = optional("webhook_url", set),
        /// The `api_version` property.
        api_version: Option<WebhookApiVersion> = optional("api_version", set),
        /// The `authentication_type` property.
        authentication_type: Option<WebhookAuthenticationType> = optional("authentication_type", set),
        /// The `event_categories` property.
        event_categories: Option<Vec<WebhookEventCategory>> = optional("event_categories", set),
        /// The `maximum_events` property.
        maximum_events: Option<i32> = optional("maximum_events", set),
        /// The `compress_events` property.
        compress_events: Option<bool> = optional("compress_events", set),
        /// The `basic_password` property.
        basic_password: Option<Option<String>> = optional("basic_password", put),
        /// The `last_failure` property.
        last_failure: Option<Option<String>> = optional("last_failure", put),
    }
    /// The schema at `/components/schemas/WebhookEventCategory` in the spec.
    #[derive(Default)]
    pub struct WebhookEventCategory {
        /// The `event_category` property.
        event_category: Option<String> = optional("event_category", set),
        /// The `events` property.
        events: Option<Vec<WebhookEventSubscription>> = optional("events", set),
    }
    /// The schema at `/components/schemas/WebhookEventSubscription` in the spec.
    #[derive(Default)]
    pub struct WebhookEventSubscription {
        /// The `event_name` property.
        event_name: Option<String> = optional("event_name", set),
        /// The `subscribed` property.
        subscribed: Option<bool> = optional("subscribed", set),
    }
    /// The schema at `/components/schemas/WebhookResponse` in the spec.
    #[derive(Default)]
    pub struct WebhookResponse {
        /// The `success` property.
        success: Option<bool> = optional("success", set),
        /// The `webhook` property.
        webhook: Option<Webhook> = optional("webhook", set),
        /// The `error` property.
        error: Option<Error> = optional("error", set),
    }
    /// The schema at `/components/schemas/WebhooksResponse` in the spec.
    #[derive(Default)]
    pub struct WebhooksResponse {
        /// The `success` property.
        success: Option<bool> = optional("success", set),
        /// The `webhooks` property.
        webhooks: Option<Vec<Webhook>> = optional("webhooks", set),
        /// The `metadata` property.
        metadata: Option<::std::collections::BTreeMap<String, String>> = optional("metadata", set),
    }
    /// The schema at `/components/schemas/ErrorResponse` in the spec.
    #[derive(Default)]
    pub struct ErrorResponse {
        /// The `error` property.
        error: Option<Error> = optional("error", set),
    }
    /// The schema at `/components/schemas/Error` in the spec.
    #[derive(Default)]
    pub struct Error {
        /// The `developer_message` property.
        developer_message: Option<String> = optional("developer_message", set),
        /// The `error_code` property.
        error_code: Option<String> = optional("error_code", set),
        /// The `object_id` property.
        object_id: Option<Option<String>> = optional("object_id", put),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/Webhook/properties/api_version` in the spec.
    pub enum WebhookApiVersion {
        /// `2017-03-01`
        V20170301 = "2017-03-01",
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/Webhook/properties/authentication_type` in the spec.
    pub enum WebhookAuthenticationType {
        /// `none`
        None = "none",
        /// `basic`
        Basic = "basic",
        /// `api user`
        ApiUser = "api user",
        /// `aws iam`
        AwsIam = "aws iam",
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1webhooks/get/parameters/1/schema/items` in the spec.
    pub enum GetWebhooksStatusItem {
        /// `active`
        Active = "active",
        /// `disabled`
        Disabled = "disabled",
    }
}
rt::object! {
    /// The schema at `/paths/~1webhooks~1{webhook_oid}~1file/post/requestBody/content/multipart~1form-data/schema` in the spec.
    pub struct UploadWebhookFileRequest {
        /// The `file` property.
        file: crate::runtime::Upload = field("file", must),
    }
}
