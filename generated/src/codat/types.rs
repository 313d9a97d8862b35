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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub validation: Option<Option<ErrorValidation>>,
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
/// An ISO 8601 date and time. Codat sends UTC (`2025-01-31T09:00:00Z`), times with an offset, or local times without a zone when the source has none.
pub type DateTime = String;
/// Short description of a company, as found inside other objects.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompanyReference {
    /// Codat's identifier of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Free text about the company, such as your own reference for it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub description: Option<Option<String>>,
    /// Links about the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<CompanyReferenceLinks>,
    /// Your own key-value labels of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<::std::collections::BTreeMap<String, String>>,
}
/// A company as Codat stores it.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompanyDetails {
    /// Codat's identifier of the company.
    pub id: String,
    /// Name of the company.
    pub name: String,
    /// Free text about the company, such as your own reference for it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub description: Option<Option<String>>,
    /// Link URL where the company starts connecting its software.
    pub redirect: String,
    /// When data was last read for the company (ISO 8601); null before the first read.
    #[serde(
        rename = "lastSync",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub last_sync: Option<Option<String>>,
    /// The `created` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<DateTime>,
    /// Name of the user who created the company.
    #[serde(
        rename = "createdByUserName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub created_by_user_name: Option<Option<String>>,
    /// Products switched on for the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<String>>,
    /// Your own key-value labels of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<::std::collections::BTreeMap<String, String>>,
    /// The company that owns or controls this one; null if none.
    #[serde(
        rename = "referenceParentCompany",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub reference_parent_company: Option<Option<CompanyReference>>,
    /// Companies this one owns or controls; empty if none.
    #[serde(
        rename = "referenceSubsidiaryCompanies",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub reference_subsidiary_companies: Option<Vec<CompanyReference>>,
}
/// Body of company.created and company.deleted deliveries.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompanyWebhook {
    /// Identifier of this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the event, such as company.created.
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// The `generatedDate` property.
    #[serde(rename = "generatedDate", default, skip_serializing_if = "Option::is_none")]
    pub generated_date: Option<DateTime>,
    /// The `payload` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<CompanyDetails>,
}
/// The company and its products after the change.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompanyProductWebhookPayload {
    /// Codat's identifier of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Free text about the company, such as your own reference for it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub description: Option<Option<String>>,
    /// Identifier of the product that was switched on or off.
    #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Name of the product that was switched on or off.
    #[serde(rename = "productName", default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Every product now switched on for the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<String>>,
}
/// Body of company.product.added and company.product.removed deliveries.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompanyProductWebhook {
    /// Identifier of this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the event, such as company.product.added.
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// The `generatedDate` property.
    #[serde(rename = "generatedDate", default, skip_serializing_if = "Option::is_none")]
    pub generated_date: Option<DateTime>,
    /// The `payload` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<CompanyProductWebhookPayload>,
}
/// The state of your client's daily request quota.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClientRateLimitWebhookPayload {
    /// Requests your client may make per day.
    #[serde(rename = "dailyQuota", default, skip_serializing_if = "Option::is_none")]
    pub daily_quota: Option<i64>,
    /// Requests left until the quota is refilled.
    #[serde(rename = "quotaRemaining", default, skip_serializing_if = "Option::is_none")]
    pub quota_remaining: Option<i64>,
    /// The `expiryDate` property.
    #[serde(rename = "expiryDate", default, skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<DateTime>,
}
/// Body of client.rateLimit.reached and client.rateLimit.reset deliveries.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClientRateLimitWebhook {
    /// Identifier of this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the event, such as client.rateLimit.reached.
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// The `generatedDate` property.
    #[serde(rename = "generatedDate", default, skip_serializing_if = "Option::is_none")]
    pub generated_date: Option<DateTime>,
    /// The `payload` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<ClientRateLimitWebhookPayload>,
}
/// What a write request does to the record.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WriteType {
    /// `Create`
    Create,
    /// `Update`
    Update,
    /// `Delete`
    Delete,
    /// `UploadAttachment`
    UploadAttachment,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WriteType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "Create",
            Self::Update => "Update",
            Self::Delete => "Delete",
            Self::UploadAttachment => "UploadAttachment",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WriteType {
    fn from(value: &str) -> Self {
        match value {
            "Create" => Self::Create,
            "Update" => Self::Update,
            "Delete" => Self::Delete,
            "UploadAttachment" => Self::UploadAttachment,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WriteType);
/// Where a write request stands (as for push operations).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WriteStatus {
    /// `Pending`
    Pending,
    /// `Failed`
    Failed,
    /// `Success`
    Success,
    /// `TimedOut`
    TimedOut,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WriteStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "Pending",
            Self::Failed => "Failed",
            Self::Success => "Success",
            Self::TimedOut => "TimedOut",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WriteStatus {
    fn from(value: &str) -> Self {
        match value {
            "Pending" => Self::Pending,
            "Failed" => Self::Failed,
            "Success" => Self::Success,
            "TimedOut" => Self::TimedOut,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WriteStatus);
/// The record the write request touched.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataTypeWriteWebhookRecord {
    /// Identifier of the record in the accounting software.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
/// The write request and its outcome.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataTypeWriteWebhookPayload {
    /// Identifier of the write request (the push operation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `type` property.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<WriteType>,
    /// The `referenceCompany` property.
    #[serde(
        rename = "referenceCompany",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub reference_company: Option<CompanyReference>,
    /// Identifier of the company's data connection.
    #[serde(rename = "connectionId", default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// The `requestedOnDate` property.
    #[serde(
        rename = "requestedOnDate",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub requested_on_date: Option<DateTime>,
    /// The `completedOnDate` property.
    #[serde(
        rename = "completedOnDate",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub completed_on_date: Option<DateTime>,
    /// The `status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WriteStatus>,
    /// The record written; null when there is none.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub record: Option<Option<DataTypeWriteWebhookRecord>>,
    /// Identifier of the uploaded attachment; null when nothing was uploaded.
    #[serde(
        rename = "attachmentId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub attachment_id: Option<Option<String>>,
}
/// Body of {dataType}.write.successful and {dataType}.write.unsuccessful deliveries.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataTypeWriteWebhook {
    /// Identifier of this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the event, such as bills.write.successful.
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// The `generatedDate` property.
    #[serde(rename = "generatedDate", default, skip_serializing_if = "Option::is_none")]
    pub generated_date: Option<DateTime>,
    /// The `payload` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<DataTypeWriteWebhookPayload>,
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
    pub disabled: Option<Option<WebhookConsumerDisabled>>,
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
    pub company_tags: Option<Option<WebhookConsumerCompanyTags>>,
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
pub type WebhookConsumerDisabled = bool;
/// Event types this consumer is subscribed to.
pub type WebhookConsumerEventTypes = Vec<String>;
/// Case-sensitive `key:value` tags restricting which companies' events are delivered.
pub type WebhookConsumerCompanyTags = Vec<String>;
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
/// Links about the company.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompanyReferenceLinks {
    /// Page of the company in the Codat portal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal: Option<String>,
}
