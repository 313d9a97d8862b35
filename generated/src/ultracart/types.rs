// @generated
// Generated from specs/ultracart.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/ApiUserApplicationProfile` in the spec.
    #[derive(Default)]
    pub struct ApiUserApplicationProfile {
        /// Where the application's logo image lives.
        api_application_logo_url: Option<String> = optional("api_application_logo_url", set),
        /// What the application does.
        application_description: Option<String> = optional("application_description", set),
        /// Display name of the application.
        application_name: Option<String> = optional("application_name", set),
        /// Who built the application.
        developer_name: Option<String> = optional("developer_name", set),
        /// Home page of the developer.
        developer_website: Option<String> = optional("developer_website", set),
    }
    /// The schema at `/components/schemas/Error` in the spec.
    #[derive(Default)]
    pub struct Error {
        /// Technical explanation meant for programmers.
        developer_message: Option<String> = optional("developer_message", set),
        /// HTTP status of the failure, given as text.
        error_code: Option<String> = optional("error_code", set),
        /// Extra detail, frequently a link to documentation.
        more_info: Option<String> = optional("more_info", set),
        /// Identifier of the object the failure relates to.
        object_id: Option<String> = optional("object_id", set),
        /// Explanation safe to show to shoppers.
        user_message: Option<String> = optional("user_message", set),
    }
    /// The schema at `/components/schemas/ErrorResponse` in the spec.
    #[derive(Default)]
    pub struct ErrorResponse {
        /// The `error` property.
        error: Option<Error> = optional("error", set),
        /// The `metadata` property.
        metadata: Option<ResponseMetadata> = optional("metadata", set),
        /// True when the call worked.
        success: Option<bool> = optional("success", set),
        /// The `warning` property.
        warning: Option<Warning> = optional("warning", set),
    }
    /// The schema at `/components/schemas/HTTPHeader` in the spec.
    #[derive(Default)]
    pub struct HttpHeader {
        /// Header name.
        name: Option<String> = optional("name", set),
        /// Header value.
        value: Option<String> = optional("value", set),
    }
    /// The schema at `/components/schemas/ResponseMetadata` in the spec.
    #[derive(Default)]
    pub struct ResponseMetadata {
        /// Name of the payload carried by the response.
        payload_name: Option<String> = optional("payload_name", set),
        /// The `result_set` property.
        result_set: Option<ResultSet> = optional("result_set", set),
    }
    /// The schema at `/components/schemas/ResultSet` in the spec.
    #[derive(Default)]
    pub struct ResultSet {
        /// How many records this page holds.
        count: Option<i32> = optional("count", set),
        /// Page size that was applied.
        limit: Option<i32> = optional("limit", set),
        /// True while further pages exist.
        more: Option<bool> = optional("more", set),
        /// Offset to pass to get the following page.
        next_offset: Option<i32> = optional("next_offset", set),
        /// Zero-based position of this page.
        offset: Option<i32> = optional("offset", set),
        /// Overall record count; may be absent when not known.
        total_records: Option<i32> = optional("total_records", set),
    }
    /// The schema at `/components/schemas/Warning` in the spec.
    #[derive(Default)]
    pub struct Warning {
        /// Extra detail, frequently a link to documentation.
        more_info: Option<String> = optional("more_info", set),
        /// Technical warning meant for programmers.
        warning_message: Option<String> = optional("warning_message", set),
    }
    /// The schema at `/components/schemas/Webhook` in the spec.
    #[derive(Default)]
    pub struct Webhook {
        /// Owning API user, when the webhook belongs to one.
        api_user_oid: Option<i32> = optional("api_user_oid", set),
        /// Version of the objects placed in notifications.
        api_version: Option<WebhookApiVersion> = optional("api_version", set),
        /// The `application_profile` property.
        application_profile: Option<ApiUserApplicationProfile> = optional("application_profile", set),
        /// How UltraCart proves itself to the receiving server.
        authentication_type: Option<WebhookAuthenticationType> = optional("authentication_type", set),
        /// Password for basic authentication.
        basic_password: Option<String> = optional("basic_password", set),
        /// User name for basic authentication.
        basic_username: Option<String> = optional("basic_username", set),
        /// Gzip the events and send them base64 encoded.
        compress_events: Option<bool> = optional("compress_events", set),
        /// Delivery attempts that have failed in a row.
        consecutive_failures: Option<i32> = optional("consecutive_failures", set),
        /// True when deliveries are switched off.
        disabled: Option<bool> = optional("disabled", set),
        /// Categories of events with their subscription flags.
        event_categories: Option<Vec<WebhookEventCategory>> = optional("event_categories", set),
        /// AWS IAM access key used for SQS delivery.
        iam_access_key: Option<String> = optional("iam_access_key", set),
        /// AWS IAM secret key used for SQS delivery.
        iam_secret_key: Option<String> = optional("iam_secret_key", set),
        /// Upper bound on events in one delivery.
        maximum_events: Option<i32> = optional("maximum_events", set),
        /// Upper bound on the size of one delivery.
        maximum_size: Option<i32> = optional("maximum_size", set),
        /// Merchant account that owns the webhook.
        merchant_id: Option<String> = optional("merchant_id", set),
        /// Earliest time of the next attempt after failures.
        next_retry_after: Option<String> = optional("next_retry_after", set),
        /// Events waiting to be delivered.
        pending: Option<i32> = optional("pending", set),
        /// Unique identifier of the webhook.
        webhook_oid: Option<i32> = optional("webhook_oid", set),
        /// Endpoint receiving the events; HTTPS for customer data.
        webhook_url: Option<String> = optional("webhook_url", set),
    }
    /// The schema at `/components/schemas/WebhookEventCategory` in the spec.
    #[derive(Default)]
    pub struct WebhookEventCategory {
        /// True if at least one of this category's events is enabled.
        any_subscribed: Option<bool> = optional("any_subscribed", set),
        /// Expansion names that may be requested.
        available_expansions: Option<Vec<String>> = optional("available_expansions", set),
        /// Name of the category.
        event_category: Option<String> = optional("event_category", set),
        /// Events in this category and whether each is subscribed.
        events: Option<Vec<WebhookEventSubscription>> = optional("events", set),
        /// True if all of this category's events are enabled; handy for UIs.
        subscribed: Option<bool> = optional("subscribed", set),
    }
    /// The schema at `/components/schemas/WebhookEventSubscription` in the spec.
    #[derive(Default)]
    pub struct WebhookEventSubscription {
        /// Additional remark on this event, aimed at merchants.
        comments: Option<String> = optional("comments", set),
        /// True when the event is deprecated.
        deprecated_flag: Option<bool> = optional("deprecated_flag", set),
        /// True when the event is no longer sent.
        discontinued_flag: Option<bool> = optional("discontinued_flag", set),
        /// What the event means.
        event_description: Option<String> = optional("event_description", set),
        /// Name of the event.
        event_name: Option<String> = optional("event_name", set),
        /// Optional Ruler filter; only matching events are delivered.
        event_ruler: Option<String> = optional("event_ruler", set),
        /// Expansion applied to the object sent with the event.
        expansion: Option<String> = optional("expansion", set),
        /// True when this event is subscribed.
        subscribed: Option<bool> = optional("subscribed", set),
        /// True when existing records can be reflowed as this event.
        supports_reflow: Option<bool> = optional("supports_reflow", set),
        /// Unique identifier of the event.
        webhook_event_oid: Option<i32> = optional("webhook_event_oid", set),
    }
    /// The schema at `/components/schemas/WebhookLog` in the spec.
    #[derive(Default)]
    pub struct WebhookLog {
        /// Moment the delivery happened.
        delivery_dts: Option<String> = optional("delivery_dts", set),
        /// Time taken to process, in milliseconds.
        duration: Option<i32> = optional("duration", set),
        /// Time spent queued, in milliseconds.
        queue_delay: Option<i64> = optional("queue_delay", set),
        /// Body sent, cut to its first 100,000 characters.
        request: Option<String> = optional("request", set),
        /// Headers sent with the request.
        request_headers: Option<Vec<HttpHeader>> = optional("request_headers", set),
        /// Unique id of the delivery, usable in log searches.
        request_id: Option<String> = optional("request_id", set),
        /// Body received, cut to its first 100,000 characters.
        response: Option<String> = optional("response", set),
        /// Headers returned by the receiver.
        response_headers: Option<Vec<HttpHeader>> = optional("response_headers", set),
        /// HTTP status returned by the receiver.
        status_code: Option<i32> = optional("status_code", set),
        /// True when the delivery worked.
        success: Option<bool> = optional("success", set),
        /// Address the delivery went to.
        uri: Option<String> = optional("uri", set),
        /// Identifier of the webhook.
        webhook_oid: Option<i32> = optional("webhook_oid", set),
    }
    /// The schema at `/components/schemas/WebhookLogResponse` in the spec.
    #[derive(Default)]
    pub struct WebhookLogResponse {
        /// The `error` property.
        error: Option<Error> = optional("error", set),
        /// The `metadata` property.
        metadata: Option<ResponseMetadata> = optional("metadata", set),
        /// True when the call worked.
        success: Option<bool> = optional("success", set),
        /// The `warning` property.
        warning: Option<Warning> = optional("warning", set),
        /// The `webhook_log` property.
        webhook_log: Option<WebhookLog> = optional("webhook_log", set),
    }
    /// The schema at `/components/schemas/WebhookLogSummariesResponse` in the spec.
    #[derive(Default)]
    pub struct WebhookLogSummariesResponse {
        /// The `error` property.
        error: Option<Error> = optional("error", set),
        /// The `metadata` property.
        metadata: Option<ResponseMetadata> = optional("metadata", set),
        /// True when the call worked.
        success: Option<bool> = optional("success", set),
        /// The `warning` property.
        warning: Option<Warning> = optional("warning", set),
        /// Log summaries on this page.
        webhook_log_summaries: Option<Vec<WebhookLogSummary>> = optional("webhook_log_summaries", set),
    }
    /// The schema at `/components/schemas/WebhookLogSummary` in the spec.
    #[derive(Default)]
    pub struct WebhookLogSummary {
        /// Moment the delivery happened.
        delivery_dts: Option<String> = optional("delivery_dts", set),
        /// Request id; pass it to fetch the full log.
        request_id: Option<String> = optional("request_id", set),
        /// True when the delivery worked.
        success: Option<bool> = optional("success", set),
    }
    /// The schema at `/components/schemas/WebhookReflow` in the spec.
    #[derive(Default)]
    pub struct WebhookReflow {
        /// Event being reflowed.
        event_name: Option<String> = optional("event_name", set),
        /// True when the reflow was queued.
        queued: Option<bool> = optional("queued", set),
    }
    /// The schema at `/components/schemas/WebhookReflowResponse` in the spec.
    #[derive(Default)]
    pub struct WebhookReflowResponse {
        /// The `error` property.
        error: Option<Error> = optional("error", set),
        /// The `metadata` property.
        metadata: Option<ResponseMetadata> = optional("metadata", set),
        /// The `reflow` property.
        reflow: Option<WebhookReflow> = optional("reflow", set),
        /// True when the call worked.
        success: Option<bool> = optional("success", set),
        /// The `warning` property.
        warning: Option<Warning> = optional("warning", set),
    }
    /// The schema at `/components/schemas/WebhookResponse` in the spec.
    #[derive(Default)]
    pub struct WebhookResponse {
        /// The `error` property.
        error: Option<Error> = optional("error", set),
        /// The `metadata` property.
        metadata: Option<ResponseMetadata> = optional("metadata", set),
        /// True when the call worked.
        success: Option<bool> = optional("success", set),
        /// The `warning` property.
        warning: Option<Warning> = optional("warning", set),
        /// The `webhook` property.
        webhook: Option<Webhook> = optional("webhook", set),
    }
    /// The schema at `/components/schemas/WebhooksResponse` in the spec.
    #[derive(Default)]
    pub struct WebhooksResponse {
        /// The `error` property.
        error: Option<Error> = optional("error", set),
        /// The `metadata` property.
        metadata: Option<ResponseMetadata> = optional("metadata", set),
        /// True when the call worked.
        success: Option<bool> = optional("success", set),
        /// The `warning` property.
        warning: Option<Warning> = optional("warning", set),
        /// Webhooks on this page.
        webhooks: Option<Vec<Webhook>> = optional("webhooks", set),
    }
}
rt::string_enum! {
    /// Version of the objects placed in notifications.
    pub enum WebhookApiVersion {
        /// `2017-03-01`
        V20170301 = "2017-03-01",
    }
}
rt::string_enum! {
    /// How UltraCart proves itself to the receiving server.
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
