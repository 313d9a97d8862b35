// @generated
// Generated from specs/polar.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// Body returned when request input is rejected.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HttpValidationError {
    /// Detail
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Vec<ValidationError>>,
}
/// One problem found while validating the request.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ValidationError {
    /// Path to the offending input field.
    pub loc: Vec<ValidationErrorLocItem>,
    /// Readable explanation of the problem.
    pub msg: String,
    /// Machine-readable error code.
    #[serde(rename = "type")]
    pub type_: String,
    /// The value that was rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<::serde_json::Value>,
    /// Extra details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctx: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
}
/// Body returned when the target object does not exist.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFound {
    /// Error kind, always ResourceNotFound.
    pub error: ResourceNotFoundError,
    /// Readable explanation of what was missing.
    pub detail: String,
}
/// Paging metadata of a list response.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Pagination {
    /// Number of items across all pages.
    pub total_count: i64,
    /// Number of the last page.
    pub max_page: i64,
}
/// One page of webhook endpoints.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListResourceWebhookEndpoint {
    /// Endpoints on this page.
    pub items: Vec<WebhookEndpoint>,
    /// The `pagination` property.
    pub pagination: Pagination,
}
/// One page of webhook deliveries.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListResourceWebhookDelivery {
    /// Deliveries on this page.
    pub items: Vec<WebhookDelivery>,
    /// The `pagination` property.
    pub pagination: Pagination,
}
/// Shape in which event payloads are sent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookFormat {
    /// `raw`
    Raw,
    /// `discord`
    Discord,
    /// `slack`
    Slack,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookFormat {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Raw => "raw",
            Self::Discord => "discord",
            Self::Slack => "slack",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookFormat {
    fn from(value: &str) -> Self {
        match value {
            "raw" => Self::Raw,
            "discord" => Self::Discord,
            "slack" => Self::Slack,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for WebhookFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for WebhookFormat {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WebhookFormat {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::std::borrow::Cow<
            'de,
            str,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
/// Kind of event that can be sent to an endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookEventType {
    /// `checkout.created`
    CheckoutCreated,
    /// `checkout.updated`
    CheckoutUpdated,
    /// `checkout.expired`
    CheckoutExpired,
    /// `customer.created`
    CustomerCreated,
    /// `customer.updated`
    CustomerUpdated,
    /// `customer.deleted`
    CustomerDeleted,
    /// `customer.state_changed`
    CustomerStateChanged,
    /// `customer_seat.assigned`
    CustomerSeatAssigned,
    /// `customer_seat.claimed`
    CustomerSeatClaimed,
    /// `customer_seat.revoked`
    CustomerSeatRevoked,
    /// `member.created`
    MemberCreated,
    /// `member.updated`
    MemberUpdated,
    /// `member.deleted`
    MemberDeleted,
    /// `order.created`
    OrderCreated,
    /// `order.updated`
    OrderUpdated,
    /// `order.paid`
    OrderPaid,
    /// `order.refunded`
    OrderRefunded,
    /// `subscription.created`
    SubscriptionCreated,
    /// `subscription.updated`
    SubscriptionUpdated,
    /// `subscription.active`
    SubscriptionActive,
    /// `subscription.canceled`
    SubscriptionCanceled,
    /// `subscription.uncanceled`
    SubscriptionUncanceled,
    /// `subscription.cycled`
    SubscriptionCycled,
    /// `subscription.revoked`
    SubscriptionRevoked,
    /// `subscription.past_due`
    SubscriptionPastDue,
    /// `subscription.paused`
    SubscriptionPaused,
    /// `subscription.resumed`
    SubscriptionResumed,
    /// `refund.created`
    RefundCreated,
    /// `refund.updated`
    RefundUpdated,
    /// `product.created`
    ProductCreated,
    /// `product.updated`
    ProductUpdated,
    /// `discount.created`
    DiscountCreated,
    /// `discount.updated`
    DiscountUpdated,
    /// `discount.deleted`
    DiscountDeleted,
    /// `benefit.created`
    BenefitCreated,
    /// `benefit.updated`
    BenefitUpdated,
    /// `benefit_grant.created`
    BenefitGrantCreated,
    /// `benefit_grant.cycled`
    BenefitGrantCycled,
    /// `benefit_grant.updated`
    BenefitGrantUpdated,
    /// `benefit_grant.revoked`
    BenefitGrantRevoked,
    /// `organization.updated`
    OrganizationUpdated,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookEventType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CheckoutCreated => "checkout.created",
            Self::CheckoutUpdated => "checkout.updated",
            Self::CheckoutExpired => "checkout.expired",
            Self::CustomerCreated => "customer.created",
            Self::CustomerUpdated => "customer.updated",
            Self::CustomerDeleted => "customer.deleted",
            Self::CustomerStateChanged => "customer.state_changed",
            Self::CustomerSeatAssigned => "customer_seat.assigned",
            Self::CustomerSeatClaimed => "customer_seat.claimed",
            Self::CustomerSeatRevoked => "customer_seat.revoked",
            Self::MemberCreated => "member.created",
            Self::MemberUpdated => "member.updated",
            Self::MemberDeleted => "member.deleted",
            Self::OrderCreated => "order.created",
            Self::OrderUpdated => "order.updated",
            Self::OrderPaid => "order.paid",
            Self::OrderRefunded => "order.refunded",
            Self::SubscriptionCreated => "subscription.created",
            Self::SubscriptionUpdated => "subscription.updated",
            Self::SubscriptionActive => "subscription.active",
            Self::SubscriptionCanceled => "subscription.canceled",
            Self::SubscriptionUncanceled => "subscription.uncanceled",
            Self::SubscriptionCycled => "subscription.cycled",
            Self::SubscriptionRevoked => "subscription.revoked",
            Self::SubscriptionPastDue => "subscription.past_due",
            Self::SubscriptionPaused => "subscription.paused",
            Self::SubscriptionResumed => "subscription.resumed",
            Self::RefundCreated => "refund.created",
            Self::RefundUpdated => "refund.updated",
            Self::ProductCreated => "product.created",
            Self::ProductUpdated => "product.updated",
            Self::DiscountCreated => "discount.created",
            Self::DiscountUpdated => "discount.updated",
            Self::DiscountDeleted => "discount.deleted",
            Self::BenefitCreated => "benefit.created",
            Self::BenefitUpdated => "benefit.updated",
            Self::BenefitGrantCreated => "benefit_grant.created",
            Self::BenefitGrantCycled => "benefit_grant.cycled",
            Self::BenefitGrantUpdated => "benefit_grant.updated",
            Self::BenefitGrantRevoked => "benefit_grant.revoked",
            Self::OrganizationUpdated => "organization.updated",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookEventType {
    fn from(value: &str) -> Self {
        match value {
            "checkout.created" => Self::CheckoutCreated,
            "checkout.updated" => Self::CheckoutUpdated,
            "checkout.expired" => Self::CheckoutExpired,
            "customer.created" => Self::CustomerCreated,
            "customer.updated" => Self::CustomerUpdated,
            "customer.deleted" => Self::CustomerDeleted,
            "customer.state_changed" => Self::CustomerStateChanged,
            "customer_seat.assigned" => Self::CustomerSeatAssigned,
            "customer_seat.claimed" => Self::CustomerSeatClaimed,
            "customer_seat.revoked" => Self::CustomerSeatRevoked,
            "member.created" => Self::MemberCreated,
            "member.updated" => Self::MemberUpdated,
            "member.deleted" => Self::MemberDeleted,
            "order.created" => Self::OrderCreated,
            "order.updated" => Self::OrderUpdated,
            "order.paid" => Self::OrderPaid,
            "order.refunded" => Self::OrderRefunded,
            "subscription.created" => Self::SubscriptionCreated,
            "subscription.updated" => Self::SubscriptionUpdated,
            "subscription.active" => Self::SubscriptionActive,
            "subscription.canceled" => Self::SubscriptionCanceled,
            "subscription.uncanceled" => Self::SubscriptionUncanceled,
            "subscription.cycled" => Self::SubscriptionCycled,
            "subscription.revoked" => Self::SubscriptionRevoked,
            "subscription.past_due" => Self::SubscriptionPastDue,
            "subscription.paused" => Self::SubscriptionPaused,
            "subscription.resumed" => Self::SubscriptionResumed,
            "refund.created" => Self::RefundCreated,
            "refund.updated" => Self::RefundUpdated,
            "product.created" => Self::ProductCreated,
            "product.updated" => Self::ProductUpdated,
            "discount.created" => Self::DiscountCreated,
            "discount.updated" => Self::DiscountUpdated,
            "discount.deleted" => Self::DiscountDeleted,
            "benefit.created" => Self::BenefitCreated,
            "benefit.updated" => Self::BenefitUpdated,
            "benefit_grant.created" => Self::BenefitGrantCreated,
            "benefit_grant.cycled" => Self::BenefitGrantCycled,
            "benefit_grant.updated" => Self::BenefitGrantUpdated,
            "benefit_grant.revoked" => Self::BenefitGrantRevoked,
            "organization.updated" => Self::OrganizationUpdated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for WebhookEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for WebhookEventType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WebhookEventType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::std::borrow::Cow<
            'de,
            str,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
/// A URL registered to receive webhook events.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookEndpoint {
    /// When the endpoint was created.
    pub created_at: String,
    /// When the endpoint was last changed, if ever.
    pub modified_at: Option<String>,
    /// Unique identifier of the endpoint.
    pub id: String,
    /// Address that receives the event requests.
    pub url: String,
    /// Optional label for telling endpoints apart.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub name: Option<Option<String>>,
    /// Payload shape used for this endpoint.
    pub format: WebhookFormat,
    /// Key used to sign outgoing event requests.
    pub secret: String,
    /// Organization that owns the endpoint.
    pub organization_id: String,
    /// Event kinds this endpoint is subscribed to.
    pub events: Vec<WebhookEventType>,
    /// False when the endpoint is paused and gets no events.
    pub enabled: bool,
}
/// Fields for registering a new webhook endpoint.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookEndpointCreate {
    /// Address that should receive event requests.
    pub url: String,
    /// Optional label for telling endpoints apart.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub name: Option<Option<String>>,
    /// Payload shape to use.
    pub format: WebhookFormat,
    /// Event kinds to subscribe to.
    pub events: Vec<WebhookEventType>,
    /// Owning organization; needed except with an organization token.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub organization_id: Option<Option<String>>,
}
/// Fields to change on a webhook endpoint; omitted ones stay as they are.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookEndpointUpdate {
    /// Url
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub url: Option<Option<String>>,
    /// New label for the endpoint.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub name: Option<Option<String>>,
    /// The `format` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub format: Option<Option<WebhookFormat>>,
    /// Events
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub events: Option<Option<Vec<WebhookEventType>>>,
    /// Turn event sending on or off.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub enabled: Option<Option<bool>>,
}
/// One attempt to send an event to an endpoint.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookDelivery {
    /// When the delivery attempt was made.
    pub created_at: String,
    /// When the record was last changed, if ever.
    pub modified_at: Option<String>,
    /// Unique identifier of the delivery.
    pub id: String,
    /// True if the endpoint accepted the event.
    pub succeeded: bool,
    /// Status code the endpoint answered with; null if unreachable.
    pub http_code: Option<i64>,
    /// Body the endpoint answered with, or the connection error.
    pub response: Option<String>,
    /// Event carried by this attempt.
    pub webhook_event: WebhookEvent,
}
/// Something that happened and is sent to webhook endpoints.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookEvent {
    /// When the event was created.
    pub created_at: String,
    /// When the event was last changed, if ever.
    pub modified_at: Option<String>,
    /// Unique identifier of the event.
    pub id: String,
    /// Status code of the latest attempt; null if none or unreachable.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub last_http_code: Option<Option<i64>>,
    /// Whether the event got through; null before any attempt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub succeeded: Option<Option<bool>>,
    /// True if not sent because the endpoint was disabled.
    pub skipped: bool,
    /// Serialized event body.
    pub payload: Option<String>,
    /// Kind of the event.
    #[serde(rename = "type")]
    pub type_: WebhookEventType,
    /// Archived events have no payload and cannot be redelivered.
    pub is_archived: bool,
}
/// The schema at `/components/schemas/ValidationError/properties/loc/items` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ValidationErrorLocItem {
    /// A `String`.
    String(String),
    /// A `Integer`.
    Integer(i64),
}
/// Error kind, always ResourceNotFound.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResourceNotFoundError {
    /// `ResourceNotFound`
    ResourceNotFound,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ResourceNotFoundError {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResourceNotFound => "ResourceNotFound",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ResourceNotFoundError {
    fn from(value: &str) -> Self {
        match value {
            "ResourceNotFound" => Self::ResourceNotFound,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for ResourceNotFoundError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ResourceNotFoundError {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ResourceNotFoundError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::std::borrow::Cow<
            'de,
            str,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
/// Organization Id
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ListWebhookEndpointsOrganizationId {
    /// A `String`.
    String(String),
    /// A `StringList`.
    StringList(Vec<String>),
}
/// Endpoint Id
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ListWebhookDeliveriesEndpointId {
    /// A `String`.
    String(String),
    /// A `StringList`.
    StringList(Vec<String>),
}
/// The schema at `/paths/~1v1~1webhooks~1deliveries/get/parameters/5/schema/anyOf/0` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListWebhookDeliveriesHttpCodeClass {
    /// `2xx`
    V2xx,
    /// `3xx`
    V3xx,
    /// `4xx`
    V4xx,
    /// `5xx`
    V5xx,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ListWebhookDeliveriesHttpCodeClass {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V2xx => "2xx",
            Self::V3xx => "3xx",
            Self::V4xx => "4xx",
            Self::V5xx => "5xx",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ListWebhookDeliveriesHttpCodeClass {
    fn from(value: &str) -> Self {
        match value {
            "2xx" => Self::V2xx,
            "3xx" => Self::V3xx,
            "4xx" => Self::V4xx,
            "5xx" => Self::V5xx,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for ListWebhookDeliveriesHttpCodeClass {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ListWebhookDeliveriesHttpCodeClass {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ListWebhookDeliveriesHttpCodeClass {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::std::borrow::Cow<
            'de,
            str,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
/// Event Type
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ListWebhookDeliveriesEventType {
    /// A `WebhookEventType`.
    WebhookEventType(WebhookEventType),
    /// A `WebhookEventTypeList`.
    WebhookEventTypeList(Vec<WebhookEventType>),
}
