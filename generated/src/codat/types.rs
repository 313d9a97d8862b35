// @generated
// Generated from specs/codat.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// An HTTP endpoint subscribed to a set of Codat event types.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookConsumer {
    /// Identifier of the webhook consumer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Endpoint address that Codat posts events to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When true, the endpoint stops receiving events.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub disabled: Option<Option<bool>>,
    /// Event types this consumer is subscribed to.
    #[serde(rename = "eventTypes", default, skip_serializing_if = "Option::is_none")]
    pub event_types: Option<Vec<String>>,
    /// Case-sensitive `key:value` tags restricting which companies' events are delivered.
    #[serde(
        rename = "companyTags",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub company_tags: Option<Option<Vec<String>>>,
}
/// Legacy rule that notifies a URL or email list when an event occurs.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Webhook {
    /// Identifier of the notification rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Event type or condition that triggers the rule.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `companyId` property.
    #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
    pub company_id: Option<CompanyId>,
    /// The `notifiers` property.
    pub notifiers: WebhookNotifier,
}
/// Pagination information
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PagingInfo {
    /// Number of the page returned.
    #[serde(rename = "pageNumber")]
    pub page_number: i64,
    /// Size of the page that was requested.
    #[serde(rename = "pageSize")]
    pub page_size: i64,
    /// Count of matching items across all pages.
    #[serde(rename = "totalResults")]
    pub total_results: i64,
    /// The `_links` property.
    #[serde(rename = "_links")]
    pub links: Links,
}
/// Error message
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorMessage {
    /// HTTP status code of the failure.
    #[serde(rename = "statusCode", default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i64>,
    /// Codat service that raised the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Short explanation of what went wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Trace ID for locating the failure in Codat's logs.
    #[serde(rename = "correlationId", default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// The `validation` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation: Option<ErrorValidation>,
    /// Whether the failure was transient and worth retrying.
    #[serde(rename = "canBeRetried", default, skip_serializing_if = "Option::is_none")]
    pub can_be_retried: Option<String>,
    /// Numeric code for programmatic handling of the error.
    #[serde(
        rename = "detailedErrorCode",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub detailed_error_code: Option<i64>,
}
/// Webhook consumers
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookConsumers {
    /// The `results` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<WebhookConsumer>>,
}
/// Create webhook consumer
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookConsumerPrototype {
    /// The `url` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<WebhookConsumerUrl>,
    /// The `disabled` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub disabled: Option<WebhookConsumerDisabled>,
    /// The `eventTypes` property.
    #[serde(rename = "eventTypes", default, skip_serializing_if = "Option::is_none")]
    pub event_types: Option<WebhookConsumerEventTypes>,
    /// The `companyTags` property.
    #[serde(
        rename = "companyTags",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub company_tags: Option<WebhookConsumerCompanyTags>,
}
/// Webhooks
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Webhooks {
    /// The `results` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Webhook>>,
    /// Number of the page returned.
    #[serde(rename = "pageNumber")]
    pub page_number: i64,
    /// Size of the page that was requested.
    #[serde(rename = "pageSize")]
    pub page_size: i64,
    /// Count of matching items across all pages.
    #[serde(rename = "totalResults")]
    pub total_results: i64,
    /// The `_links` property.
    #[serde(rename = "_links")]
    pub links: Links,
}
/// Settings for a legacy rule-based webhook.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateRule {
    /// Event type or condition that triggers the rule.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `companyId` property.
    #[serde(rename = "companyId", default, skip_serializing_if = "Option::is_none")]
    pub company_id: Option<CompanyId>,
    /// The `notifiers` property.
    pub notifiers: WebhookNotifier,
}
/// Identifier of the webhook consumer.
pub type WebhookConsumerId = String;
/// Endpoint address that Codat posts events to.
pub type WebhookConsumerUrl = String;
/// When true, the endpoint stops receiving events.
pub type WebhookConsumerDisabled = Option<bool>;
/// Event types this consumer is subscribed to.
pub type WebhookConsumerEventTypes = Vec<String>;
/// Case-sensitive `key:value` tags restricting which companies' events are delivered.
pub type WebhookConsumerCompanyTags = Option<Vec<String>>;
/// Codat's identifier for the company.
pub type CompanyId = String;
/// Webhook notifiers
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookNotifier {
    /// The `emails` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<String>>,
    /// URL that receives event posts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<String>,
}
/// Hal Links
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Links {
    /// The `self` property.
    #[serde(rename = "self")]
    pub self_: HalRef,
    /// The `current` property.
    pub current: HalRef,
    /// The `next` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<HalRef>,
    /// The `previous` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<HalRef>,
}
/// Hypertext reference
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HalRef {
    /// Relative link to the referenced page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}
/// Validation errors and warnings behind a rejected request.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorValidation {
    /// The `errors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub errors: Option<Option<Vec<ErrorValidationItem>>>,
    /// The `warnings` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub warnings: Option<Option<Vec<ErrorValidationItem>>>,
}
/// Validation error item
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorValidationItem {
    /// Identifier of the item that failed validation.
    #[serde(
        rename = "itemId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub item_id: Option<Option<String>>,
    /// What the validator found wrong.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub message: Option<Option<String>>,
    /// Name of the validator that ran.
    #[serde(
        rename = "validatorName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub validator_name: Option<Option<String>>,
}
