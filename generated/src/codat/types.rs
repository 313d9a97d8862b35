// @generated
// Generated from specs/codat.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// An HTTP endpoint subscribed to a set of Codat event types.
    #[derive(Default)]
    pub struct WebhookConsumer {
        /// Identifier of the webhook consumer.
        id: Option<String> = optional("id", set),
        /// Endpoint address that Codat posts events to.
        url: Option<String> = optional("url", set),
        /// When true, the endpoint stops receiving events.
        disabled: Option<Option<bool>> = optional("disabled", put),
        /// Event types this consumer is subscribed to.
        event_types: Option<Vec<String>> = optional("eventTypes", set),
        /// Case-sensitive `key:value` tags restricting which companies' events are delivered.
        company_tags: Option<Option<Vec<String>>> = optional("companyTags", put),
    }
}
/// Legacy rule that notifies a URL or email list when an event occurs.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// Identifier of the notification rule.
    pub id: Option<String>,
    /// The properties of [`CreateRule`], which this schema extends (`allOf`): they
    /// read as this struct's own too (`Deref`).
    pub base: CreateRule,
}
rt::extends!(Webhook, base: CreateRule);
impl ::serde::Serialize for Webhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.extend(&self.base);
        map.end()
    }
}
rt::object_deserialize!(Webhook);
impl<'de> rt::FromMap<'de> for Webhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let base = <CreateRule as rt::FromMap>::read_with(map, &mut |key, map| {
            match key.as_str() {
                "id" => map.set(&mut id),
                _ => return false,
            }
            true
        })?;
        map.done(Self { base, id })
    }
}
/// Pagination information
#[derive(Debug, Clone, PartialEq)]
pub struct PagingInfo {
    /// Number of the page returned.
    pub page_number: i64,
    /// Size of the page that was requested.
    pub page_size: i64,
    /// Count of matching items across all pages.
    pub total_results: i64,
    /// The `_links` property.
    pub links: Links,
}
rt::object_serialize!(PagingInfo);
impl rt::ser::WriteFields for PagingInfo {
    fn write<M: ::serde::ser::SerializeMap>(&self, map: &mut rt::ser::Object<M>) {
        map.field("pageNumber", &self.page_number);
        map.field("pageSize", &self.page_size);
        map.field("totalResults", &self.total_results);
        map.field("_links", &self.links);
    }
}
rt::object_deserialize!(PagingInfo);
impl<'de> rt::FromMap<'de> for PagingInfo {
    fn read_with<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
        other: rt::de::Other<'_, 'de, A>,
    ) -> Result<Self, A::Error> {
        let mut page_number = None;
        let mut page_size = None;
        let mut total_results = None;
        let mut links = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "pageNumber" => map.put(&mut page_number),
                "pageSize" => map.put(&mut page_size),
                "totalResults" => map.put(&mut total_results),
                "_links" => map.put(&mut links),
                _ => map.offer(key, other),
            }
        }
        match (page_number, page_size, total_results, links) {
            (Some(page_number), Some(page_size), Some(total_results), Some(links)) => {
                map.done(Self { page_number, page_size, total_results, links })
            }
            (page_number, page_size, total_results, links) => {
                map.missing(&[
                    ("pageNumber", page_number.is_none()),
                    ("pageSize", page_size.is_none()),
                    ("totalResults", total_results.is_none()),
                    ("_links", links.is_none()),
                ])
            }
        }
    }
}
rt::object! {
    /// Error message
    #[derive(Default)]
    pub struct ErrorMessage {
        /// HTTP status code of the failure.
        status_code: Option<i64> = optional("statusCode", set),
        /// Codat service that raised the error.
        service: Option<String> = optional("service", set),
        /// Short explanation of what went wrong.
        error: Option<String> = optional("error", set),
        /// Trace ID for locating the failure in Codat's logs.
        correlation_id: Option<String> = optional("correlationId", set),
        /// The `validation` property.
        validation: Option<Option<ErrorValidation>> = optional("validation", put),
        /// Whether the failure was transient and worth retrying.
        can_be_retried: Option<String> = optional("canBeRetried", set),
        /// Numeric code for programmatic handling of the error.
        detailed_error_code: Option<i64> = optional("detailedErrorCode", set),
    }
}
/// An ISO 8601 date and time. Codat sends UTC (`2025-01-31T09:00:00Z`), times with an offset, or local times without a zone when the source has none.
pub type DateTime = String;
rt::object! {
    /// Short description of a company, as found inside other objects.
    #[derive(Default)]
    pub struct CompanyReference {
        /// Codat's identifier of the company.
        id: Option<String> = optional("id", set),
        /// Name of the company.
        name: Option<String> = optional("name", set),
        /// Free text about the company, such as your own reference for it.
        description: Option<Option<String>> = optional("description", put),
        /// Links about the company.
        links: Option<CompanyReferenceLinks> = optional("links", set),
        /// Your own key-value labels of the company.
        tags: Option<::std::collections::BTreeMap<String, String>> = optional("tags", set),
    }
    /// A company as Codat stores it.
    pub struct CompanyDetails {
        /// Codat's identifier of the company.
        id: String = field("id", must),
        /// Name of the company.
        name: String = field("name", must),
        /// Free text about the company, such as your own reference for it.
        description: Option<Option<String>> = optional("description", put),
        /// Link URL where the company starts connecting its software.
        redirect: String = field("redirect", must),
        /// When data was last read for the company (ISO 8601); null before the first read.
        last_sync: Option<Option<String>> = optional("lastSync", put),
        /// The `created` property.
        created: Option<DateTime> = optional("created", set),
        /// Name of the user who created the company.
        created_by_user_name: Option<Option<String>> = optional("createdByUserName", put),
        /// Products switched on for the company.
        products: Option<Vec<String>> = optional("products", set),
        /// Your own key-value labels of the company.
        tags: Option<::std::collections::BTreeMap<String, String>> = optional("tags", set),
        /// The company that owns or controls this one; null if none.
        reference_parent_company: Option<Option<CompanyReference>> = optional("referenceParentCompany", put),
        /// Companies this one owns or controls; empty if none.
        reference_subsidiary_companies: Option<Vec<CompanyReference>> = optional("referenceSubsidiaryCompanies", set),
    }
    /// Body of company.created and company.deleted deliveries.
    #[derive(Default)]
    pub struct CompanyWebhook {
        /// Identifier of this event.
        id: Option<String> = optional("id", set),
        /// Name of the event, such as company.created.
        event_type: Option<String> = optional("eventType", set),
        /// The `generatedDate` property.
        generated_date: Option<DateTime> = optional("generatedDate", set),
        /// The `payload` property.
        payload: Option<CompanyDetails> = optional("payload", set),
    }
    /// The company and its products after the change.
    #[derive(Default)]
    pub struct CompanyProductWebhookPayload {
        /// Codat's identifier of the company.
        id: Option<String> = optional("id", set),
        /// Name of the company.
        name: Option<String> = optional("name", set),
        /// Free text about the company, such as your own reference for it.
        description: Option<Option<String>> = optional("description", put),
        /// Identifier of the product that was switched on or off.
        product_id: Option<String> = optional("productId", set),
        /// Name of the product that was switched on or off.
        product_name: Option<String> = optional("productName", set),
        /// Every product now switched on for the company.
        products: Option<Vec<String>> = optional("products", set),
    }
    /// Body of company.product.added and company.product.removed deliveries.
    #[derive(Default)]
    pub struct CompanyProductWebhook {
        /// Identifier of this event.
        id: Option<String> = optional("id", set),
        /// Name of the event, such as company.product.added.
        event_type: Option<String> = optional("eventType", set),
        /// The `generatedDate` property.
        generated_date: Option<DateTime> = optional("generatedDate", set),
        /// The `payload` property.
        payload: Option<CompanyProductWebhookPayload> = optional("payload", set),
    }
    /// The state of your client's daily request quota.
    #[derive(Default)]
    pub struct ClientRateLimitWebhookPayload {
        /// Requests your client may make per day.
        daily_quota: Option<i64> = optional("dailyQuota", set),
        /// Requests left until the quota is refilled.
        quota_remaining: Option<i64> = optional("quotaRemaining", set),
        /// The `expiryDate` property.
        expiry_date: Option<DateTime> = optional("expiryDate", set),
    }
    /// Body of client.rateLimit.reached and client.rateLimit.reset deliveries.
    #[derive(Default)]
    pub struct ClientRateLimitWebhook {
        /// Identifier of this event.
        id: Option<String> = optional("id", set),
        /// Name of the event, such as client.rateLimit.reached.
        event_type: Option<String> = optional("eventType", set),
        /// The `generatedDate` property.
        generated_date: Option<DateTime> = optional("generatedDate", set),
        /// The `payload` property.
        payload: Option<ClientRateLimitWebhookPayload> = optional("payload", set),
    }
}
rt::string_enum! {
    /// What a write request does to the record.
    pub enum WriteType {
        /// `Create`
        Create = "Create",
        /// `Update`
        Update = "Update",
        /// `Delete`
        Delete = "Delete",
        /// `UploadAttachment`
        UploadAttachment = "UploadAttachment",
    }
}
rt::string_enum! {
    /// Where a write request stands (as for push operations).
    pub enum WriteStatus {
        /// `Pending`
        Pending = "Pending",
        /// `Failed`
        Failed = "Failed",
        /// `Success`
        Success = "Success",
        /// `TimedOut`
        TimedOut = "TimedOut",
    }
}
rt::object! {
    /// The record the write request touched.
    #[derive(Default)]
    pub struct DataTypeWriteWebhookRecord {
        /// Identifier of the record in the accounting software.
        id: Option<String> = optional("id", set),
    }
    /// The write request and its outcome.
    #[derive(Default)]
    pub struct DataTypeWriteWebhookPayload {
        /// Identifier of the write request (the push operation).
        id: Option<String> = optional("id", set),
        /// The `type` property.
        type_: Option<WriteType> = optional("type", set),
        /// The `referenceCompany` property.
        reference_company: Option<CompanyReference> = optional("referenceCompany", set),
        /// Identifier of the company's data connection.
        connection_id: Option<String> = optional("connectionId", set),
        /// The `requestedOnDate` property.
        requested_on_date: Option<DateTime> = optional("requestedOnDate", set),
        /// The `completedOnDate` property.
        completed_on_date: Option<DateTime> = optional("completedOnDate", set),
        /// The `status` property.
        status: Option<WriteStatus> = optional("status", set),
        /// The record written; null when there is none.
        record: Option<Option<DataTypeWriteWebhookRecord>> = optional("record", put),
        /// Identifier of the uploaded attachment; null when nothing was uploaded.
        attachment_id: Option<Option<String>> = optional("attachmentId", put),
    }
    /// Body of {dataType}.write.successful and {dataType}.write.unsuccessful deliveries.
    #[derive(Default)]
    pub struct DataTypeWriteWebhook {
        /// Identifier of this event.
        id: Option<String> = optional("id", set),
        /// Name of the event, such as bills.write.successful.
        event_type: Option<String> = optional("eventType", set),
        /// The `generatedDate` property.
        generated_date: Option<DateTime> = optional("generatedDate", set),
        /// The `payload` property.
        payload: Option<DataTypeWriteWebhookPayload> = optional("payload", set),
    }
    /// Webhook consumers
    #[derive(Default)]
    pub struct WebhookConsumers {
        /// The `results` property.
        results: Option<Vec<WebhookConsumer>> = optional("results", set),
    }
    /// Create webhook consumer
    #[derive(Default)]
    pub struct WebhookConsumerPrototype {
        /// The `url` property.
        url: Option<WebhookConsumerUrl> = optional("url", set),
        /// The `disabled` property.
        disabled: Option<Option<WebhookConsumerDisabled>> = optional("disabled", put),
        /// The `eventTypes` property.
        event_types: Option<WebhookConsumerEventTypes> = optional("eventTypes", set),
        /// The `companyTags` property.
        company_tags: Option<Option<WebhookConsumerCompanyTags>> = optional("companyTags", put),
    }
}
/// Webhooks
#[derive(Debug, Clone, PartialEq)]
pub struct Webhooks {
    /// The `results` property.
    pub results: Option<Vec<Webhook>>,
    /// The properties of [`PagingInfo`], which this schema extends (`allOf`): they
    /// read as this struct's own too (`Deref`).
    pub base: PagingInfo,
}
rt::extends!(Webhooks, base: PagingInfo);
impl ::serde::Serialize for Webhooks {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("results", &self.results);
        map.extend(&self.base);
        map.end()
    }
}
rt::object_deserialize!(Webhooks);
impl<'de> rt::FromMap<'de> for Webhooks {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut results = None;
        let base = <PagingInfo as rt::FromMap>::read_with(map, &mut |key, map| {
            match key.as_str() {
                "results" => map.set(&mut results),
                _ => return false,
            }
            true
        })?;
        map.done(Self { base, results })
    }
}
/// Settings for a legacy rule-based webhook.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRule {
    /// Event type or condition that triggers the rule.
    pub type_: String,
    /// The `companyId` property.
    pub company_id: Option<CompanyId>,
    /// The `notifiers` property.
    pub notifiers: WebhookNotifier,
}
rt::object_serialize!(CreateRule);
impl rt::ser::WriteFields for CreateRule {
    fn write<M: ::serde::ser::SerializeMap>(&self, map: &mut rt::ser::Object<M>) {
        map.field("type", &self.type_);
        map.optional("companyId", &self.company_id);
        map.field("notifiers", &self.notifiers);
    }
}
rt::object_deserialize!(CreateRule);
impl<'de> rt::FromMap<'de> for CreateRule {
    fn read_with<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
        other: rt::de::Other<'_, 'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut company_id = None;
        let mut notifiers = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "companyId" => map.set(&mut company_id),
                "notifiers" => map.put(&mut notifiers),
                _ => map.offer(key, other),
            }
        }
        match (type_, notifiers) {
            (Some(type_), Some(notifiers)) => map.done(Self { type_, company_id, notifiers }),
            (type_, notifiers) => {
                map.missing(&[("type", type_.is_none()), ("notifiers", notifiers.is_none())])
            }
        }
    }
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
rt::object! {
    /// Webhook notifiers
    #[derive(Default)]
    pub struct WebhookNotifier {
        /// The `emails` property.
        emails: Option<Vec<String>> = optional("emails", set),
        /// URL that receives event posts.
        webhook: Option<String> = optional("webhook", set),
    }
    /// Hal Links
    pub struct Links {
        /// The `self` property.
        self_: HalRef = field("self", must),
        /// The `current` property.
        current: HalRef = field("current", must),
        /// The `next` property.
        next: Option<HalRef> = optional("next", set),
        /// The `previous` property.
        previous: Option<HalRef> = optional("previous", set),
    }
    /// Hypertext reference
    #[derive(Default)]
    pub struct HalRef {
        /// Relative link to the referenced page.
        href: Option<String> = optional("href", set),
    }
    /// Validation errors and warnings behind a rejected request.
    #[derive(Default)]
    pub struct ErrorValidation {
        /// The `errors` property.
        errors: Option<Option<Vec<ErrorValidationItem>>> = optional("errors", put),
        /// The `warnings` property.
        warnings: Option<Option<Vec<ErrorValidationItem>>> = optional("warnings", put),
    }
    /// Validation error item
    #[derive(Default)]
    pub struct ErrorValidationItem {
        /// Identifier of the item that failed validation.
        item_id: Option<Option<String>> = optional("itemId", put),
        /// What the validator found wrong.
        message: Option<Option<String>> = optional("message", put),
        /// Name of the validator that ran.
        validator_name: Option<Option<String>> = optional("validatorName", put),
    }
    /// Links about the company.
    #[derive(Default)]
    pub struct CompanyReferenceLinks {
        /// Page of the company in the Codat portal.
        portal: Option<String> = optional("portal", set),
    }
}
