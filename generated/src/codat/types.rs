// @generated
// Generated from specs/codat.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// An HTTP endpoint subscribed to a set of Codat event types.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookConsumer {
    /// Identifier of the webhook consumer.
    pub id: Option<String>,
    /// Endpoint address that Codat posts events to.
    pub url: Option<String>,
    /// When true, the endpoint stops receiving events.
    pub disabled: Option<Option<bool>>,
    /// Event types this consumer is subscribed to.
    pub event_types: Option<Vec<String>>,
    /// Case-sensitive `key:value` tags restricting which companies' events are delivered.
    pub company_tags: Option<Option<Vec<String>>>,
}
impl ::serde::Serialize for WebhookConsumer {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.optional("url", &self.url);
        map.optional("disabled", &self.disabled);
        map.optional("eventTypes", &self.event_types);
        map.optional("companyTags", &self.company_tags);
        map.end()
    }
}
rt::object_deserialize!(WebhookConsumer);
impl<'de> rt::FromMap<'de> for WebhookConsumer {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                "url" => map.set(&mut value.url),
                "disabled" => map.put(&mut value.disabled),
                "eventTypes" => map.set(&mut value.event_types),
                "companyTags" => map.put(&mut value.company_tags),
                _ => map.skip(),
            }
        }
        map.done(value)
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
/// Error message
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorMessage {
    /// HTTP status code of the failure.
    pub status_code: Option<i64>,
    /// Codat service that raised the error.
    pub service: Option<String>,
    /// Short explanation of what went wrong.
    pub error: Option<String>,
    /// Trace ID for locating the failure in Codat's logs.
    pub correlation_id: Option<String>,
    /// The `validation` property.
    pub validation: Option<Option<ErrorValidation>>,
    /// Whether the failure was transient and worth retrying.
    pub can_be_retried: Option<String>,
    /// Numeric code for programmatic handling of the error.
    pub detailed_error_code: Option<i64>,
}
impl ::serde::Serialize for ErrorMessage {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("statusCode", &self.status_code);
        map.optional("service", &self.service);
        map.optional("error", &self.error);
        map.optional("correlationId", &self.correlation_id);
        map.optional("validation", &self.validation);
        map.optional("canBeRetried", &self.can_be_retried);
        map.optional("detailedErrorCode", &self.detailed_error_code);
        map.end()
    }
}
rt::object_deserialize!(ErrorMessage);
impl<'de> rt::FromMap<'de> for ErrorMessage {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "statusCode" => map.set(&mut value.status_code),
                "service" => map.set(&mut value.service),
                "error" => map.set(&mut value.error),
                "correlationId" => map.set(&mut value.correlation_id),
                "validation" => map.put(&mut value.validation),
                "canBeRetried" => map.set(&mut value.can_be_retried),
                "detailedErrorCode" => map.set(&mut value.detailed_error_code),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// An ISO 8601 date and time. Codat sends UTC (`2025-01-31T09:00:00Z`), times with an offset, or local times without a zone when the source has none.
pub type DateTime = String;
/// Short description of a company, as found inside other objects.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompanyReference {
    /// Codat's identifier of the company.
    pub id: Option<String>,
    /// Name of the company.
    pub name: Option<String>,
    /// Free text about the company, such as your own reference for it.
    pub description: Option<Option<String>>,
    /// Links about the company.
    pub links: Option<CompanyReferenceLinks>,
    /// Your own key-value labels of the company.
    pub tags: Option<::std::collections::BTreeMap<String, String>>,
}
impl ::serde::Serialize for CompanyReference {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.optional("name", &self.name);
        map.optional("description", &self.description);
        map.optional("links", &self.links);
        map.optional("tags", &self.tags);
        map.end()
    }
}
rt::object_deserialize!(CompanyReference);
impl<'de> rt::FromMap<'de> for CompanyReference {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                "name" => map.set(&mut value.name),
                "description" => map.put(&mut value.description),
                "links" => map.set(&mut value.links),
                "tags" => map.set(&mut value.tags),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// A company as Codat stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct CompanyDetails {
    /// Codat's identifier of the company.
    pub id: String,
    /// Name of the company.
    pub name: String,
    /// Free text about the company, such as your own reference for it.
    pub description: Option<Option<String>>,
    /// Link URL where the company starts connecting its software.
    pub redirect: String,
    /// When data was last read for the company (ISO 8601); null before the first read.
    pub last_sync: Option<Option<String>>,
    /// The `created` property.
    pub created: Option<DateTime>,
    /// Name of the user who created the company.
    pub created_by_user_name: Option<Option<String>>,
    /// Products switched on for the company.
    pub products: Option<Vec<String>>,
    /// Your own key-value labels of the company.
    pub tags: Option<::std::collections::BTreeMap<String, String>>,
    /// The company that owns or controls this one; null if none.
    pub reference_parent_company: Option<Option<CompanyReference>>,
    /// Companies this one owns or controls; empty if none.
    pub reference_subsidiary_companies: Option<Vec<CompanyReference>>,
}
impl ::serde::Serialize for CompanyDetails {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.field("name", &self.name);
        map.optional("description", &self.description);
        map.field("redirect", &self.redirect);
        map.optional("lastSync", &self.last_sync);
        map.optional("created", &self.created);
        map.optional("createdByUserName", &self.created_by_user_name);
        map.optional("products", &self.products);
        map.optional("tags", &self.tags);
        map.optional("referenceParentCompany", &self.reference_parent_company);
        map.optional("referenceSubsidiaryCompanies", &self.reference_subsidiary_companies);
        map.end()
    }
}
rt::object_deserialize!(CompanyDetails);
impl<'de> rt::FromMap<'de> for CompanyDetails {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut description = None;
        let mut redirect = None;
        let mut last_sync = None;
        let mut created = None;
        let mut created_by_user_name = None;
        let mut products = None;
        let mut tags = None;
        let mut reference_parent_company = None;
        let mut reference_subsidiary_companies = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                "name" => map.put(&mut name),
                "description" => map.put(&mut description),
                "redirect" => map.put(&mut redirect),
                "lastSync" => map.put(&mut last_sync),
                "created" => map.set(&mut created),
                "createdByUserName" => map.put(&mut created_by_user_name),
                "products" => map.set(&mut products),
                "tags" => map.set(&mut tags),
                "referenceParentCompany" => map.put(&mut reference_parent_company),
                "referenceSubsidiaryCompanies" => map.set(&mut reference_subsidiary_companies),
                _ => map.skip(),
            }
        }
        match (id, name, redirect) {
            (Some(id), Some(name), Some(redirect)) => {
                map.done(Self {
                    id,
                    name,
                    description,
                    redirect,
                    last_sync,
                    created,
                    created_by_user_name,
                    products,
                    tags,
                    reference_parent_company,
                    reference_subsidiary_companies,
                })
            }
            (id, name, redirect) => {
                map.missing(&[
                    ("id", id.is_none()),
                    ("name", name.is_none()),
                    ("redirect", redirect.is_none()),
                ])
            }
        }
    }
}
/// Body of company.created and company.deleted deliveries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompanyWebhook {
    /// Identifier of this event.
    pub id: Option<String>,
    /// Name of the event, such as company.created.
    pub event_type: Option<String>,
    /// The `generatedDate` property.
    pub generated_date: Option<DateTime>,
    /// The `payload` property.
    pub payload: Option<CompanyDetails>,
}
impl ::serde::Serialize for CompanyWebhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.optional("eventType", &self.event_type);
        map.optional("generatedDate", &self.generated_date);
        map.optional("payload", &self.payload);
        map.end()
    }
}
rt::object_deserialize!(CompanyWebhook);
impl<'de> rt::FromMap<'de> for CompanyWebhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                "eventType" => map.set(&mut value.event_type),
                "generatedDate" => map.set(&mut value.generated_date),
                "payload" => map.set(&mut value.payload),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The company and its products after the change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompanyProductWebhookPayload {
    /// Codat's identifier of the company.
    pub id: Option<String>,
    /// Name of the company.
    pub name: Option<String>,
    /// Free text about the company, such as your own reference for it.
    pub description: Option<Option<String>>,
    /// Identifier of the product that was switched on or off.
    pub product_id: Option<String>,
    /// Name of the product that was switched on or off.
    pub product_name: Option<String>,
    /// Every product now switched on for the company.
    pub products: Option<Vec<String>>,
}
impl ::serde::Serialize for CompanyProductWebhookPayload {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.optional("name", &self.name);
        map.optional("description", &self.description);
        map.optional("productId", &self.product_id);
        map.optional("productName", &self.product_name);
        map.optional("products", &self.products);
        map.end()
    }
}
rt::object_deserialize!(CompanyProductWebhookPayload);
impl<'de> rt::FromMap<'de> for CompanyProductWebhookPayload {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                "name" => map.set(&mut value.name),
                "description" => map.put(&mut value.description),
                "productId" => map.set(&mut value.product_id),
                "productName" => map.set(&mut value.product_name),
                "products" => map.set(&mut value.products),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Body of company.product.added and company.product.removed deliveries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompanyProductWebhook {
    /// Identifier of this event.
    pub id: Option<String>,
    /// Name of the event, such as company.product.added.
    pub event_type: Option<String>,
    /// The `generatedDate` property.
    pub generated_date: Option<DateTime>,
    /// The `payload` property.
    pub payload: Option<CompanyProductWebhookPayload>,
}
impl ::serde::Serialize for CompanyProductWebhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.optional("eventType", &self.event_type);
        map.optional("generatedDate", &self.generated_date);
        map.optional("payload", &self.payload);
        map.end()
    }
}
rt::object_deserialize!(CompanyProductWebhook);
impl<'de> rt::FromMap<'de> for CompanyProductWebhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                "eventType" => map.set(&mut value.event_type),
                "generatedDate" => map.set(&mut value.generated_date),
                "payload" => map.set(&mut value.payload),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The state of your client's daily request quota.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientRateLimitWebhookPayload {
    /// Requests your client may make per day.
    pub daily_quota: Option<i64>,
    /// Requests left until the quota is refilled.
    pub quota_remaining: Option<i64>,
    /// The `expiryDate` property.
    pub expiry_date: Option<DateTime>,
}
impl ::serde::Serialize for ClientRateLimitWebhookPayload {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("dailyQuota", &self.daily_quota);
        map.optional("quotaRemaining", &self.quota_remaining);
        map.optional("expiryDate", &self.expiry_date);
        map.end()
    }
}
rt::object_deserialize!(ClientRateLimitWebhookPayload);
impl<'de> rt::FromMap<'de> for ClientRateLimitWebhookPayload {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "dailyQuota" => map.set(&mut value.daily_quota),
                "quotaRemaining" => map.set(&mut value.quota_remaining),
                "expiryDate" => map.set(&mut value.expiry_date),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Body of client.rateLimit.reached and client.rateLimit.reset deliveries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientRateLimitWebhook {
    /// Identifier of this event.
    pub id: Option<String>,
    /// Name of the event, such as client.rateLimit.reached.
    pub event_type: Option<String>,
    /// The `generatedDate` property.
    pub generated_date: Option<DateTime>,
    /// The `payload` property.
    pub payload: Option<ClientRateLimitWebhookPayload>,
}
impl ::serde::Serialize for ClientRateLimitWebhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.optional("eventType", &self.event_type);
        map.optional("generatedDate", &self.generated_date);
        map.optional("payload", &self.payload);
        map.end()
    }
}
rt::object_deserialize!(ClientRateLimitWebhook);
impl<'de> rt::FromMap<'de> for ClientRateLimitWebhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                "eventType" => map.set(&mut value.event_type),
                "generatedDate" => map.set(&mut value.generated_date),
                "payload" => map.set(&mut value.payload),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// What a write request does to the record.
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTypeWriteWebhookRecord {
    /// Identifier of the record in the accounting software.
    pub id: Option<String>,
}
impl ::serde::Serialize for DataTypeWriteWebhookRecord {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.end()
    }
}
rt::object_deserialize!(DataTypeWriteWebhookRecord);
impl<'de> rt::FromMap<'de> for DataTypeWriteWebhookRecord {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The write request and its outcome.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTypeWriteWebhookPayload {
    /// Identifier of the write request (the push operation).
    pub id: Option<String>,
    /// The `type` property.
    pub type_: Option<WriteType>,
    /// The `referenceCompany` property.
    pub reference_company: Option<CompanyReference>,
    /// Identifier of the company's data connection.
    pub connection_id: Option<String>,
    /// The `requestedOnDate` property.
    pub requested_on_date: Option<DateTime>,
    /// The `completedOnDate` property.
    pub completed_on_date: Option<DateTime>,
    /// The `status` property.
    pub status: Option<WriteStatus>,
    /// The record written; null when there is none.
    pub record: Option<Option<DataTypeWriteWebhookRecord>>,
    /// Identifier of the uploaded attachment; null when nothing was uploaded.
    pub attachment_id: Option<Option<String>>,
}
impl ::serde::Serialize for DataTypeWriteWebhookPayload {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.optional("type", &self.type_);
        map.optional("referenceCompany", &self.reference_company);
        map.optional("connectionId", &self.connection_id);
        map.optional("requestedOnDate", &self.requested_on_date);
        map.optional("completedOnDate", &self.completed_on_date);
        map.optional("status", &self.status);
        map.optional("record", &self.record);
        map.optional("attachmentId", &self.attachment_id);
        map.end()
    }
}
rt::object_deserialize!(DataTypeWriteWebhookPayload);
impl<'de> rt::FromMap<'de> for DataTypeWriteWebhookPayload {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                "type" => map.set(&mut value.type_),
                "referenceCompany" => map.set(&mut value.reference_company),
                "connectionId" => map.set(&mut value.connection_id),
                "requestedOnDate" => map.set(&mut value.requested_on_date),
                "completedOnDate" => map.set(&mut value.completed_on_date),
                "status" => map.set(&mut value.status),
                "record" => map.put(&mut value.record),
                "attachmentId" => map.put(&mut value.attachment_id),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Body of {dataType}.write.successful and {dataType}.write.unsuccessful deliveries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTypeWriteWebhook {
    /// Identifier of this event.
    pub id: Option<String>,
    /// Name of the event, such as bills.write.successful.
    pub event_type: Option<String>,
    /// The `generatedDate` property.
    pub generated_date: Option<DateTime>,
    /// The `payload` property.
    pub payload: Option<DataTypeWriteWebhookPayload>,
}
impl ::serde::Serialize for DataTypeWriteWebhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.optional("eventType", &self.event_type);
        map.optional("generatedDate", &self.generated_date);
        map.optional("payload", &self.payload);
        map.end()
    }
}
rt::object_deserialize!(DataTypeWriteWebhook);
impl<'de> rt::FromMap<'de> for DataTypeWriteWebhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                "eventType" => map.set(&mut value.event_type),
                "generatedDate" => map.set(&mut value.generated_date),
                "payload" => map.set(&mut value.payload),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Webhook consumers
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookConsumers {
    /// The `results` property.
    pub results: Option<Vec<WebhookConsumer>>,
}
impl ::serde::Serialize for WebhookConsumers {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("results", &self.results);
        map.end()
    }
}
rt::object_deserialize!(WebhookConsumers);
impl<'de> rt::FromMap<'de> for WebhookConsumers {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "results" => map.set(&mut value.results),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Create webhook consumer
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookConsumerPrototype {
    /// The `url` property.
    pub url: Option<WebhookConsumerUrl>,
    /// The `disabled` property.
    pub disabled: Option<Option<WebhookConsumerDisabled>>,
    /// The `eventTypes` property.
    pub event_types: Option<WebhookConsumerEventTypes>,
    /// The `companyTags` property.
    pub company_tags: Option<Option<WebhookConsumerCompanyTags>>,
}
impl ::serde::Serialize for WebhookConsumerPrototype {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("url", &self.url);
        map.optional("disabled", &self.disabled);
        map.optional("eventTypes", &self.event_types);
        map.optional("companyTags", &self.company_tags);
        map.end()
    }
}
rt::object_deserialize!(WebhookConsumerPrototype);
impl<'de> rt::FromMap<'de> for WebhookConsumerPrototype {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "url" => map.set(&mut value.url),
                "disabled" => map.put(&mut value.disabled),
                "eventTypes" => map.set(&mut value.event_types),
                "companyTags" => map.put(&mut value.company_tags),
                _ => map.skip(),
            }
        }
        map.done(value)
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
/// Webhook notifiers
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookNotifier {
    /// The `emails` property.
    pub emails: Option<Vec<String>>,
    /// URL that receives event posts.
    pub webhook: Option<String>,
}
impl ::serde::Serialize for WebhookNotifier {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("emails", &self.emails);
        map.optional("webhook", &self.webhook);
        map.end()
    }
}
rt::object_deserialize!(WebhookNotifier);
impl<'de> rt::FromMap<'de> for WebhookNotifier {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "emails" => map.set(&mut value.emails),
                "webhook" => map.set(&mut value.webhook),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Hal Links
#[derive(Debug, Clone, PartialEq)]
pub struct Links {
    /// The `self` property.
    pub self_: HalRef,
    /// The `current` property.
    pub current: HalRef,
    /// The `next` property.
    pub next: Option<HalRef>,
    /// The `previous` property.
    pub previous: Option<HalRef>,
}
impl ::serde::Serialize for Links {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("self", &self.self_);
        map.field("current", &self.current);
        map.optional("next", &self.next);
        map.optional("previous", &self.previous);
        map.end()
    }
}
rt::object_deserialize!(Links);
impl<'de> rt::FromMap<'de> for Links {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut self_ = None;
        let mut current = None;
        let mut next = None;
        let mut previous = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "self" => map.put(&mut self_),
                "current" => map.put(&mut current),
                "next" => map.set(&mut next),
                "previous" => map.set(&mut previous),
                _ => map.skip(),
            }
        }
        match (self_, current) {
            (Some(self_), Some(current)) => map.done(Self { self_, current, next, previous }),
            (self_, current) => {
                map.missing(&[("self", self_.is_none()), ("current", current.is_none())])
            }
        }
    }
}
/// Hypertext reference
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HalRef {
    /// Relative link to the referenced page.
    pub href: Option<String>,
}
impl ::serde::Serialize for HalRef {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("href", &self.href);
        map.end()
    }
}
rt::object_deserialize!(HalRef);
impl<'de> rt::FromMap<'de> for HalRef {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "href" => map.set(&mut value.href),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Validation errors and warnings behind a rejected request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorValidation {
    /// The `errors` property.
    pub errors: Option<Option<Vec<ErrorValidationItem>>>,
    /// The `warnings` property.
    pub warnings: Option<Option<Vec<ErrorValidationItem>>>,
}
impl ::serde::Serialize for ErrorValidation {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("errors", &self.errors);
        map.optional("warnings", &self.warnings);
        map.end()
    }
}
rt::object_deserialize!(ErrorValidation);
impl<'de> rt::FromMap<'de> for ErrorValidation {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "errors" => map.put(&mut value.errors),
                "warnings" => map.put(&mut value.warnings),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Validation error item
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorValidationItem {
    /// Identifier of the item that failed validation.
    pub item_id: Option<Option<String>>,
    /// What the validator found wrong.
    pub message: Option<Option<String>>,
    /// Name of the validator that ran.
    pub validator_name: Option<Option<String>>,
}
impl ::serde::Serialize for ErrorValidationItem {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("itemId", &self.item_id);
        map.optional("message", &self.message);
        map.optional("validatorName", &self.validator_name);
        map.end()
    }
}
rt::object_deserialize!(ErrorValidationItem);
impl<'de> rt::FromMap<'de> for ErrorValidationItem {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "itemId" => map.put(&mut value.item_id),
                "message" => map.put(&mut value.message),
                "validatorName" => map.put(&mut value.validator_name),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// Links about the company.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompanyReferenceLinks {
    /// Page of the company in the Codat portal.
    pub portal: Option<String>,
}
impl ::serde::Serialize for CompanyReferenceLinks {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("portal", &self.portal);
        map.end()
    }
}
rt::object_deserialize!(CompanyReferenceLinks);
impl<'de> rt::FromMap<'de> for CompanyReferenceLinks {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "portal" => map.set(&mut value.portal),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
