// @generated
// Generated from specs/polar.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// Body returned when request input is rejected.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpValidationError {
    /// Detail
    pub detail: Option<Vec<ValidationError>>,
}
impl ::serde::Serialize for HttpValidationError {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("detail", &self.detail);
        map.end()
    }
}
rt::object_deserialize!(HttpValidationError);
impl<'de> rt::FromMap<'de> for HttpValidationError {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "detail" => map.set(&mut value.detail),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// One problem found while validating the request.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationError {
    /// Path to the offending input field.
    pub loc: Vec<ValidationErrorLocItem>,
    /// Readable explanation of the problem.
    pub msg: String,
    /// Machine-readable error code.
    pub type_: String,
    /// The value that was rejected.
    pub input: Option<::serde_json::Value>,
    /// Extra details about the error.
    pub ctx: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
}
impl ::serde::Serialize for ValidationError {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("loc", &self.loc);
        map.field("msg", &self.msg);
        map.field("type", &self.type_);
        map.optional("input", &self.input);
        map.optional("ctx", &self.ctx);
        map.end()
    }
}
rt::object_deserialize!(ValidationError);
impl<'de> rt::FromMap<'de> for ValidationError {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut loc = None;
        let mut msg = None;
        let mut type_ = None;
        let mut input = None;
        let mut ctx = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "loc" => map.put(&mut loc),
                "msg" => map.put(&mut msg),
                "type" => map.put(&mut type_),
                "input" => map.set(&mut input),
                "ctx" => map.set(&mut ctx),
                _ => map.skip(),
            }
        }
        match (loc, msg, type_) {
            (Some(loc), Some(msg), Some(type_)) => map.done(Self { loc, msg, type_, input, ctx }),
            (loc, msg, type_) => {
                map.missing(&[
                    ("loc", loc.is_none()),
                    ("msg", msg.is_none()),
                    ("type", type_.is_none()),
                ])
            }
        }
    }
}
/// Body returned when the target object does not exist.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceNotFound {
    /// Error kind, always ResourceNotFound.
    pub error: ResourceNotFoundError,
    /// Readable explanation of what was missing.
    pub detail: String,
}
impl ::serde::Serialize for ResourceNotFound {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("error", &self.error);
        map.field("detail", &self.detail);
        map.end()
    }
}
rt::object_deserialize!(ResourceNotFound);
impl<'de> rt::FromMap<'de> for ResourceNotFound {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut error = None;
        let mut detail = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "error" => map.put(&mut error),
                "detail" => map.put(&mut detail),
                _ => map.skip(),
            }
        }
        match (error, detail) {
            (Some(error), Some(detail)) => map.done(Self { error, detail }),
            (error, detail) => {
                map.missing(&[("error", error.is_none()), ("detail", detail.is_none())])
            }
        }
    }
}
/// Paging metadata of a list response.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// Number of items across all pages.
    pub total_count: i64,
    /// Number of the last page.
    pub max_page: i64,
}
impl ::serde::Serialize for Pagination {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("total_count", &self.total_count);
        map.field("max_page", &self.max_page);
        map.end()
    }
}
rt::object_deserialize!(Pagination);
impl<'de> rt::FromMap<'de> for Pagination {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut total_count = None;
        let mut max_page = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "total_count" => map.put(&mut total_count),
                "max_page" => map.put(&mut max_page),
                _ => map.skip(),
            }
        }
        match (total_count, max_page) {
            (Some(total_count), Some(max_page)) => map.done(Self { total_count, max_page }),
            (total_count, max_page) => {
                map.missing(&[
                    ("total_count", total_count.is_none()),
                    ("max_page", max_page.is_none()),
                ])
            }
        }
    }
}
/// One page of webhook endpoints.
#[derive(Debug, Clone, PartialEq)]
pub struct ListResourceWebhookEndpoint {
    /// Endpoints on this page.
    pub items: Vec<WebhookEndpoint>,
    /// The `pagination` property.
    pub pagination: Pagination,
}
impl ::serde::Serialize for ListResourceWebhookEndpoint {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("items", &self.items);
        map.field("pagination", &self.pagination);
        map.end()
    }
}
rt::object_deserialize!(ListResourceWebhookEndpoint);
impl<'de> rt::FromMap<'de> for ListResourceWebhookEndpoint {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut items = None;
        let mut pagination = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "items" => map.put(&mut items),
                "pagination" => map.put(&mut pagination),
                _ => map.skip(),
            }
        }
        match (items, pagination) {
            (Some(items), Some(pagination)) => map.done(Self { items, pagination }),
            (items, pagination) => {
                map.missing(&[("items", items.is_none()), ("pagination", pagination.is_none())])
            }
        }
    }
}
/// One page of webhook deliveries.
#[derive(Debug, Clone, PartialEq)]
pub struct ListResourceWebhookDelivery {
    /// Deliveries on this page.
    pub items: Vec<WebhookDelivery>,
    /// The `pagination` property.
    pub pagination: Pagination,
}
impl ::serde::Serialize for ListResourceWebhookDelivery {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("items", &self.items);
        map.field("pagination", &self.pagination);
        map.end()
    }
}
rt::object_deserialize!(ListResourceWebhookDelivery);
impl<'de> rt::FromMap<'de> for ListResourceWebhookDelivery {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut items = None;
        let mut pagination = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "items" => map.put(&mut items),
                "pagination" => map.put(&mut pagination),
                _ => map.skip(),
            }
        }
        match (items, pagination) {
            (Some(items), Some(pagination)) => map.done(Self { items, pagination }),
            (items, pagination) => {
                map.missing(&[("items", items.is_none()), ("pagination", pagination.is_none())])
            }
        }
    }
}
/// Shape in which event payloads are sent.
#[derive(Debug, Clone)]
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
crate::runtime::string_enum_impls!(WebhookFormat);
/// Kind of event that can be sent to an endpoint.
#[derive(Debug, Clone)]
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
crate::runtime::string_enum_impls!(WebhookEventType);
/// A URL registered to receive webhook events.
#[derive(Debug, Clone, PartialEq)]
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
impl ::serde::Serialize for WebhookEndpoint {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("created_at", &self.created_at);
        map.field("modified_at", &self.modified_at);
        map.field("id", &self.id);
        map.field("url", &self.url);
        map.optional("name", &self.name);
        map.field("format", &self.format);
        map.field("secret", &self.secret);
        map.field("organization_id", &self.organization_id);
        map.field("events", &self.events);
        map.field("enabled", &self.enabled);
        map.end()
    }
}
rt::object_deserialize!(WebhookEndpoint);
impl<'de> rt::FromMap<'de> for WebhookEndpoint {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut created_at = None;
        let mut modified_at = None;
        let mut id = None;
        let mut url = None;
        let mut name = None;
        let mut format = None;
        let mut secret = None;
        let mut organization_id = None;
        let mut events = None;
        let mut enabled = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "created_at" => map.put(&mut created_at),
                "modified_at" => map.set(&mut modified_at),
                "id" => map.put(&mut id),
                "url" => map.put(&mut url),
                "name" => map.put(&mut name),
                "format" => map.put(&mut format),
                "secret" => map.put(&mut secret),
                "organization_id" => map.put(&mut organization_id),
                "events" => map.put(&mut events),
                "enabled" => map.put(&mut enabled),
                _ => map.skip(),
            }
        }
        match (created_at, id, url, format, secret, organization_id, events, enabled) {
            (
                Some(created_at),
                Some(id),
                Some(url),
                Some(format),
                Some(secret),
                Some(organization_id),
                Some(events),
                Some(enabled),
            ) => {
                map.done(Self {
                    created_at,
                    modified_at,
                    id,
                    url,
                    name,
                    format,
                    secret,
                    organization_id,
                    events,
                    enabled,
                })
            }
            (created_at, id, url, format, secret, organization_id, events, enabled) => {
                map.missing(&[
                    ("created_at", created_at.is_none()),
                    ("id", id.is_none()),
                    ("url", url.is_none()),
                    ("format", format.is_none()),
                    ("secret", secret.is_none()),
                    ("organization_id", organization_id.is_none()),
                    ("events", events.is_none()),
                    ("enabled", enabled.is_none()),
                ])
            }
        }
    }
}
/// Fields for registering a new webhook endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEndpointCreate {
    /// Address that should receive event requests.
    pub url: String,
    /// Optional label for telling endpoints apart.
    pub name: Option<Option<String>>,
    /// Payload shape to use.
    pub format: WebhookFormat,
    /// Event kinds to subscribe to.
    pub events: Vec<WebhookEventType>,
    /// Owning organization; needed except with an organization token.
    pub organization_id: Option<Option<String>>,
}
impl ::serde::Serialize for WebhookEndpointCreate {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("url", &self.url);
        map.optional("name", &self.name);
        map.field("format", &self.format);
        map.field("events", &self.events);
        map.optional("organization_id", &self.organization_id);
        map.end()
    }
}
rt::object_deserialize!(WebhookEndpointCreate);
impl<'de> rt::FromMap<'de> for WebhookEndpointCreate {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut url = None;
        let mut name = None;
        let mut format = None;
        let mut events = None;
        let mut organization_id = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "url" => map.put(&mut url),
                "name" => map.put(&mut name),
                "format" => map.put(&mut format),
                "events" => map.put(&mut events),
                "organization_id" => map.put(&mut organization_id),
                _ => map.skip(),
            }
        }
        match (url, format, events) {
            (Some(url), Some(format), Some(events)) => {
                map.done(Self { url, name, format, events, organization_id })
            }
            (url, format, events) => {
                map.missing(&[
                    ("url", url.is_none()),
                    ("format", format.is_none()),
                    ("events", events.is_none()),
                ])
            }
        }
    }
}
/// Fields to change on a webhook endpoint; omitted ones stay as they are.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookEndpointUpdate {
    /// Url
    pub url: Option<Option<String>>,
    /// New label for the endpoint.
    pub name: Option<Option<String>>,
    /// The `format` property.
    pub format: Option<Option<WebhookFormat>>,
    /// Events
    pub events: Option<Option<Vec<WebhookEventType>>>,
    /// Turn event sending on or off.
    pub enabled: Option<Option<bool>>,
}
impl ::serde::Serialize for WebhookEndpointUpdate {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("url", &self.url);
        map.optional("name", &self.name);
        map.optional("format", &self.format);
        map.optional("events", &self.events);
        map.optional("enabled", &self.enabled);
        map.end()
    }
}
rt::object_deserialize!(WebhookEndpointUpdate);
impl<'de> rt::FromMap<'de> for WebhookEndpointUpdate {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "url" => map.put(&mut value.url),
                "name" => map.put(&mut value.name),
                "format" => map.put(&mut value.format),
                "events" => map.put(&mut value.events),
                "enabled" => map.put(&mut value.enabled),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// One attempt to send an event to an endpoint.
#[derive(Debug, Clone, PartialEq)]
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
impl ::serde::Serialize for WebhookDelivery {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("created_at", &self.created_at);
        map.field("modified_at", &self.modified_at);
        map.field("id", &self.id);
        map.field("succeeded", &self.succeeded);
        map.field("http_code", &self.http_code);
        map.field("response", &self.response);
        map.field("webhook_event", &self.webhook_event);
        map.end()
    }
}
rt::object_deserialize!(WebhookDelivery);
impl<'de> rt::FromMap<'de> for WebhookDelivery {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut created_at = None;
        let mut modified_at = None;
        let mut id = None;
        let mut succeeded = None;
        let mut http_code = None;
        let mut response = None;
        let mut webhook_event = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "created_at" => map.put(&mut created_at),
                "modified_at" => map.set(&mut modified_at),
                "id" => map.put(&mut id),
                "succeeded" => map.put(&mut succeeded),
                "http_code" => map.set(&mut http_code),
                "response" => map.set(&mut response),
                "webhook_event" => map.put(&mut webhook_event),
                _ => map.skip(),
            }
        }
        match (created_at, id, succeeded, webhook_event) {
            (Some(created_at), Some(id), Some(succeeded), Some(webhook_event)) => {
                map.done(Self {
                    created_at,
                    modified_at,
                    id,
                    succeeded,
                    http_code,
                    response,
                    webhook_event,
                })
            }
            (created_at, id, succeeded, webhook_event) => {
                map.missing(&[
                    ("created_at", created_at.is_none()),
                    ("id", id.is_none()),
                    ("succeeded", succeeded.is_none()),
                    ("webhook_event", webhook_event.is_none()),
                ])
            }
        }
    }
}
/// Something that happened and is sent to webhook endpoints.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEvent {
    /// When the event was created.
    pub created_at: String,
    /// When the event was last changed, if ever.
    pub modified_at: Option<String>,
    /// Unique identifier of the event.
    pub id: String,
    /// Status code of the latest attempt; null if none or unreachable.
    pub last_http_code: Option<Option<i64>>,
    /// Whether the event got through; null before any attempt.
    pub succeeded: Option<Option<bool>>,
    /// True if not sent because the endpoint was disabled.
    pub skipped: bool,
    /// Serialized event body.
    pub payload: Option<String>,
    /// Kind of the event.
    pub type_: WebhookEventType,
    /// Archived events have no payload and cannot be redelivered.
    pub is_archived: bool,
}
impl ::serde::Serialize for WebhookEvent {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("created_at", &self.created_at);
        map.field("modified_at", &self.modified_at);
        map.field("id", &self.id);
        map.optional("last_http_code", &self.last_http_code);
        map.optional("succeeded", &self.succeeded);
        map.field("skipped", &self.skipped);
        map.field("payload", &self.payload);
        map.field("type", &self.type_);
        map.field("is_archived", &self.is_archived);
        map.end()
    }
}
rt::object_deserialize!(WebhookEvent);
impl<'de> rt::FromMap<'de> for WebhookEvent {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut created_at = None;
        let mut modified_at = None;
        let mut id = None;
        let mut last_http_code = None;
        let mut succeeded = None;
        let mut skipped = None;
        let mut payload = None;
        let mut type_ = None;
        let mut is_archived = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "created_at" => map.put(&mut created_at),
                "modified_at" => map.set(&mut modified_at),
                "id" => map.put(&mut id),
                "last_http_code" => map.put(&mut last_http_code),
                "succeeded" => map.put(&mut succeeded),
                "skipped" => map.put(&mut skipped),
                "payload" => map.set(&mut payload),
                "type" => map.put(&mut type_),
                "is_archived" => map.put(&mut is_archived),
                _ => map.skip(),
            }
        }
        match (created_at, id, skipped, type_, is_archived) {
            (Some(created_at), Some(id), Some(skipped), Some(type_), Some(is_archived)) => {
                map.done(Self {
                    created_at,
                    modified_at,
                    id,
                    last_http_code,
                    succeeded,
                    skipped,
                    payload,
                    type_,
                    is_archived,
                })
            }
            (created_at, id, skipped, type_, is_archived) => {
                map.missing(&[
                    ("created_at", created_at.is_none()),
                    ("id", id.is_none()),
                    ("skipped", skipped.is_none()),
                    ("type", type_.is_none()),
                    ("is_archived", is_archived.is_none()),
                ])
            }
        }
    }
}
/// Body of a member.created delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookMemberCreatedPayload {
    /// Event type; always member.created.
    pub type_: WebhookMemberCreatedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Member,
}
impl ::serde::Serialize for WebhookMemberCreatedPayload {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("timestamp", &self.timestamp);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(WebhookMemberCreatedPayload);
impl<'de> rt::FromMap<'de> for WebhookMemberCreatedPayload {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut timestamp = None;
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "timestamp" => map.put(&mut timestamp),
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match (type_, timestamp, data) {
            (Some(type_), Some(timestamp), Some(data)) => map.done(Self { type_, timestamp, data }),
            (type_, timestamp, data) => {
                map.missing(&[
                    ("type", type_.is_none()),
                    ("timestamp", timestamp.is_none()),
                    ("data", data.is_none()),
                ])
            }
        }
    }
}
/// Body of a member.updated delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookMemberUpdatedPayload {
    /// Event type; always member.updated.
    pub type_: WebhookMemberUpdatedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Member,
}
impl ::serde::Serialize for WebhookMemberUpdatedPayload {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("timestamp", &self.timestamp);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(WebhookMemberUpdatedPayload);
impl<'de> rt::FromMap<'de> for WebhookMemberUpdatedPayload {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut timestamp = None;
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "timestamp" => map.put(&mut timestamp),
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match (type_, timestamp, data) {
            (Some(type_), Some(timestamp), Some(data)) => map.done(Self { type_, timestamp, data }),
            (type_, timestamp, data) => {
                map.missing(&[
                    ("type", type_.is_none()),
                    ("timestamp", timestamp.is_none()),
                    ("data", data.is_none()),
                ])
            }
        }
    }
}
/// Body of a member.deleted delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookMemberDeletedPayload {
    /// Event type; always member.deleted.
    pub type_: WebhookMemberDeletedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Member,
}
impl ::serde::Serialize for WebhookMemberDeletedPayload {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("timestamp", &self.timestamp);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(WebhookMemberDeletedPayload);
impl<'de> rt::FromMap<'de> for WebhookMemberDeletedPayload {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut timestamp = None;
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "timestamp" => map.put(&mut timestamp),
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match (type_, timestamp, data) {
            (Some(type_), Some(timestamp), Some(data)) => map.done(Self { type_, timestamp, data }),
            (type_, timestamp, data) => {
                map.missing(&[
                    ("type", type_.is_none()),
                    ("timestamp", timestamp.is_none()),
                    ("data", data.is_none()),
                ])
            }
        }
    }
}
/// A person in a customer's team.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// Identifier of the member.
    pub id: String,
    /// When the member was created.
    pub created_at: String,
    /// When the member last changed; null if it never did.
    pub modified_at: Option<String>,
    /// Customer whose team the member is part of.
    pub customer_id: String,
    /// Email address of the member.
    pub email: String,
    /// Full name, when known.
    pub name: Option<String>,
    /// Your own identifier of the member, unique within its customer.
    pub external_id: Option<String>,
    /// The `role` property.
    pub role: MemberRole,
}
impl ::serde::Serialize for Member {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.field("created_at", &self.created_at);
        map.field("modified_at", &self.modified_at);
        map.field("customer_id", &self.customer_id);
        map.field("email", &self.email);
        map.field("name", &self.name);
        map.field("external_id", &self.external_id);
        map.field("role", &self.role);
        map.end()
    }
}
rt::object_deserialize!(Member);
impl<'de> rt::FromMap<'de> for Member {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut created_at = None;
        let mut modified_at = None;
        let mut customer_id = None;
        let mut email = None;
        let mut name = None;
        let mut external_id = None;
        let mut role = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                "created_at" => map.put(&mut created_at),
                "modified_at" => map.set(&mut modified_at),
                "customer_id" => map.put(&mut customer_id),
                "email" => map.put(&mut email),
                "name" => map.set(&mut name),
                "external_id" => map.set(&mut external_id),
                "role" => map.put(&mut role),
                _ => map.skip(),
            }
        }
        match (id, created_at, customer_id, email, role) {
            (Some(id), Some(created_at), Some(customer_id), Some(email), Some(role)) => {
                map.done(Self {
                    id,
                    created_at,
                    modified_at,
                    customer_id,
                    email,
                    name,
                    external_id,
                    role,
                })
            }
            (id, created_at, customer_id, email, role) => {
                map.missing(&[
                    ("id", id.is_none()),
                    ("created_at", created_at.is_none()),
                    ("customer_id", customer_id.is_none()),
                    ("email", email.is_none()),
                    ("role", role.is_none()),
                ])
            }
        }
    }
}
/// What a member may do for its customer.
#[derive(Debug, Clone)]
pub enum MemberRole {
    /// `owner`
    Owner,
    /// `billing_manager`
    BillingManager,
    /// `member`
    Member,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl MemberRole {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "owner",
            Self::BillingManager => "billing_manager",
            Self::Member => "member",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for MemberRole {
    fn from(value: &str) -> Self {
        match value {
            "owner" => Self::Owner,
            "billing_manager" => Self::BillingManager,
            "member" => Self::Member,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(MemberRole);
/// Body of a refund.created delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookRefundCreatedPayload {
    /// Event type; always refund.created.
    pub type_: WebhookRefundCreatedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Refund,
}
impl ::serde::Serialize for WebhookRefundCreatedPayload {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("timestamp", &self.timestamp);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(WebhookRefundCreatedPayload);
impl<'de> rt::FromMap<'de> for WebhookRefundCreatedPayload {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut timestamp = None;
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "timestamp" => map.put(&mut timestamp),
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match (type_, timestamp, data) {
            (Some(type_), Some(timestamp), Some(data)) => map.done(Self { type_, timestamp, data }),
            (type_, timestamp, data) => {
                map.missing(&[
                    ("type", type_.is_none()),
                    ("timestamp", timestamp.is_none()),
                    ("data", data.is_none()),
                ])
            }
        }
    }
}
/// Body of a refund.updated delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookRefundUpdatedPayload {
    /// Event type; always refund.updated.
    pub type_: WebhookRefundUpdatedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Refund,
}
impl ::serde::Serialize for WebhookRefundUpdatedPayload {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("timestamp", &self.timestamp);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(WebhookRefundUpdatedPayload);
impl<'de> rt::FromMap<'de> for WebhookRefundUpdatedPayload {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut timestamp = None;
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "timestamp" => map.put(&mut timestamp),
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match (type_, timestamp, data) {
            (Some(type_), Some(timestamp), Some(data)) => map.done(Self { type_, timestamp, data }),
            (type_, timestamp, data) => {
                map.missing(&[
                    ("type", type_.is_none()),
                    ("timestamp", timestamp.is_none()),
                    ("data", data.is_none()),
                ])
            }
        }
    }
}
/// Money returned to a customer for an order.
#[derive(Debug, Clone, PartialEq)]
pub struct Refund {
    /// When the refund was created.
    pub created_at: String,
    /// When the refund last changed; null if it never did.
    pub modified_at: Option<String>,
    /// Identifier of the refund.
    pub id: String,
    /// The `metadata` property.
    pub metadata: MetadataOutputType,
    /// The `status` property.
    pub status: RefundStatus,
    /// The `reason` property.
    pub reason: RefundReason,
    /// Refunded amount in the currency's smallest unit, tax excluded.
    pub amount: i64,
    /// Refunded tax in the currency's smallest unit.
    pub tax_amount: i64,
    /// Three-letter currency code, lower case.
    pub currency: String,
    /// Organization that issued the refund.
    pub organization_id: String,
    /// Order being refunded.
    pub order_id: String,
    /// Subscription of the order, if any.
    pub subscription_id: Option<String>,
    /// Customer receiving the money back.
    pub customer_id: String,
    /// Whether the benefits bought with the order are taken back.
    pub revoke_benefits: bool,
    /// The dispute this refund answers, if it was issued to head one off.
    pub dispute: Option<RefundDispute>,
}
impl ::serde::Serialize for Refund {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("created_at", &self.created_at);
        map.field("modified_at", &self.modified_at);
        map.field("id", &self.id);
        map.field("metadata", &self.metadata);
        map.field("status", &self.status);
        map.field("reason", &self.reason);
        map.field("amount", &self.amount);
        map.field("tax_amount", &self.tax_amount);
        map.field("currency", &self.currency);
        map.field("organization_id", &self.organization_id);
        map.field("order_id", &self.order_id);
        map.field("subscription_id", &self.subscription_id);
        map.field("customer_id", &self.customer_id);
        map.field("revoke_benefits", &self.revoke_benefits);
        map.field("dispute", &self.dispute);
        map.end()
    }
}
rt::object_deserialize!(Refund);
impl<'de> rt::FromMap<'de> for Refund {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut created_at = None;
        let mut modified_at = None;
        let mut id = None;
        let mut metadata = None;
        let mut status = None;
        let mut reason = None;
        let mut amount = None;
        let mut tax_amount = None;
        let mut currency = None;
        let mut organization_id = None;
        let mut order_id = None;
        let mut subscription_id = None;
        let mut customer_id = None;
        let mut revoke_benefits = None;
        let mut dispute = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "created_at" => map.put(&mut created_at),
                "modified_at" => map.set(&mut modified_at),
                "id" => map.put(&mut id),
                "metadata" => map.put(&mut metadata),
                "status" => map.put(&mut status),
                "reason" => map.put(&mut reason),
                "amount" => map.put(&mut amount),
                "tax_amount" => map.put(&mut tax_amount),
                "currency" => map.put(&mut currency),
                "organization_id" => map.put(&mut organization_id),
                "order_id" => map.put(&mut order_id),
                "subscription_id" => map.set(&mut subscription_id),
                "customer_id" => map.put(&mut customer_id),
                "revoke_benefits" => map.put(&mut revoke_benefits),
                "dispute" => map.set(&mut dispute),
                _ => map.skip(),
            }
        }
        match (
            created_at,
            id,
            metadata,
            status,
            reason,
            amount,
            tax_amount,
            currency,
            organization_id,
            order_id,
            customer_id,
            revoke_benefits,
        ) {
            (
                Some(created_at),
                Some(id),
                Some(metadata),
                Some(status),
                Some(reason),
                Some(amount),
                Some(tax_amount),
                Some(currency),
                Some(organization_id),
                Some(order_id),
                Some(customer_id),
                Some(revoke_benefits),
            ) => {
                map.done(Self {
                    created_at,
                    modified_at,
                    id,
                    metadata,
                    status,
                    reason,
                    amount,
                    tax_amount,
                    currency,
                    organization_id,
                    order_id,
                    subscription_id,
                    customer_id,
                    revoke_benefits,
                    dispute,
                })
            }
            (
                created_at,
                id,
                metadata,
                status,
                reason,
                amount,
                tax_amount,
                currency,
                organization_id,
                order_id,
                customer_id,
                revoke_benefits,
            ) => {
                map.missing(&[
                    ("created_at", created_at.is_none()),
                    ("id", id.is_none()),
                    ("metadata", metadata.is_none()),
                    ("status", status.is_none()),
                    ("reason", reason.is_none()),
                    ("amount", amount.is_none()),
                    ("tax_amount", tax_amount.is_none()),
                    ("currency", currency.is_none()),
                    ("organization_id", organization_id.is_none()),
                    ("order_id", order_id.is_none()),
                    ("customer_id", customer_id.is_none()),
                    ("revoke_benefits", revoke_benefits.is_none()),
                ])
            }
        }
    }
}
/// Key-value pairs attached to an object by the merchant.
pub type MetadataOutputType = ::std::collections::BTreeMap<String, MetadataOutputTypeItem>;
/// Where a refund stands.
#[derive(Debug, Clone)]
pub enum RefundStatus {
    /// `pending`
    Pending,
    /// `succeeded`
    Succeeded,
    /// `failed`
    Failed,
    /// `canceled`
    Canceled,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl RefundStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Canceled => "canceled",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for RefundStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            "canceled" => Self::Canceled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(RefundStatus);
/// Why the money was returned.
#[derive(Debug, Clone)]
pub enum RefundReason {
    /// `duplicate`
    Duplicate,
    /// `fraudulent`
    Fraudulent,
    /// `customer_request`
    CustomerRequest,
    /// `service_disruption`
    ServiceDisruption,
    /// `satisfaction_guarantee`
    SatisfactionGuarantee,
    /// `dispute_prevention`
    DisputePrevention,
    /// `other`
    Other,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl RefundReason {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Duplicate => "duplicate",
            Self::Fraudulent => "fraudulent",
            Self::CustomerRequest => "customer_request",
            Self::ServiceDisruption => "service_disruption",
            Self::SatisfactionGuarantee => "satisfaction_guarantee",
            Self::DisputePrevention => "dispute_prevention",
            Self::Other => "other",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for RefundReason {
    fn from(value: &str) -> Self {
        match value {
            "duplicate" => Self::Duplicate,
            "fraudulent" => Self::Fraudulent,
            "customer_request" => Self::CustomerRequest,
            "service_disruption" => Self::ServiceDisruption,
            "satisfaction_guarantee" => Self::SatisfactionGuarantee,
            "dispute_prevention" => Self::DisputePrevention,
            "other" => Self::Other,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(RefundReason);
/// A card dispute that a refund was issued to prevent.
#[derive(Debug, Clone, PartialEq)]
pub struct RefundDispute {
    /// When the dispute was recorded.
    pub created_at: String,
    /// When the dispute last changed; null if it never did.
    pub modified_at: Option<String>,
    /// Identifier of the dispute.
    pub id: String,
    /// The `status` property.
    pub status: DisputeStatus,
    /// True once the dispute was won or lost.
    pub resolved: bool,
    /// True once the dispute was prevented, won or lost.
    pub closed: bool,
    /// Disputed amount in cents.
    pub amount: i64,
    /// Disputed tax in cents.
    pub tax_amount: i64,
    /// Currency code of the disputed amount.
    pub currency: String,
    /// Reason given by the card network; null until reported.
    pub reason: Option<String>,
    /// Deadline for submitting evidence; null when none is needed.
    pub evidence_due_by: Option<String>,
    /// True when the evidence deadline went by.
    pub past_due: bool,
    /// Order the dispute is about.
    pub order_id: String,
    /// Payment the dispute is about.
    pub payment_id: String,
}
impl ::serde::Serialize for RefundDispute {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("created_at", &self.created_at);
        map.field("modified_at", &self.modified_at);
        map.field("id", &self.id);
        map.field("status", &self.status);
        map.field("resolved", &self.resolved);
        map.field("closed", &self.closed);
        map.field("amount", &self.amount);
        map.field("tax_amount", &self.tax_amount);
        map.field("currency", &self.currency);
        map.field("reason", &self.reason);
        map.field("evidence_due_by", &self.evidence_due_by);
        map.field("past_due", &self.past_due);
        map.field("order_id", &self.order_id);
        map.field("payment_id", &self.payment_id);
        map.end()
    }
}
rt::object_deserialize!(RefundDispute);
impl<'de> rt::FromMap<'de> for RefundDispute {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut created_at = None;
        let mut modified_at = None;
        let mut id = None;
        let mut status = None;
        let mut resolved = None;
        let mut closed = None;
        let mut amount = None;
        let mut tax_amount = None;
        let mut currency = None;
        let mut reason = None;
        let mut evidence_due_by = None;
        let mut past_due = None;
        let mut order_id = None;
        let mut payment_id = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "created_at" => map.put(&mut created_at),
                "modified_at" => map.set(&mut modified_at),
                "id" => map.put(&mut id),
                "status" => map.put(&mut status),
                "resolved" => map.put(&mut resolved),
                "closed" => map.put(&mut closed),
                "amount" => map.put(&mut amount),
                "tax_amount" => map.put(&mut tax_amount),
                "currency" => map.put(&mut currency),
                "reason" => map.set(&mut reason),
                "evidence_due_by" => map.set(&mut evidence_due_by),
                "past_due" => map.put(&mut past_due),
                "order_id" => map.put(&mut order_id),
                "payment_id" => map.put(&mut payment_id),
                _ => map.skip(),
            }
        }
        match (
            created_at,
            id,
            status,
            resolved,
            closed,
            amount,
            tax_amount,
            currency,
            past_due,
            order_id,
            payment_id,
        ) {
            (
                Some(created_at),
                Some(id),
                Some(status),
                Some(resolved),
                Some(closed),
                Some(amount),
                Some(tax_amount),
                Some(currency),
                Some(past_due),
                Some(order_id),
                Some(payment_id),
            ) => {
                map.done(Self {
                    created_at,
                    modified_at,
                    id,
                    status,
                    resolved,
                    closed,
                    amount,
                    tax_amount,
                    currency,
                    reason,
                    evidence_due_by,
                    past_due,
                    order_id,
                    payment_id,
                })
            }
            (
                created_at,
                id,
                status,
                resolved,
                closed,
                amount,
                tax_amount,
                currency,
                past_due,
                order_id,
                payment_id,
            ) => {
                map.missing(&[
                    ("created_at", created_at.is_none()),
                    ("id", id.is_none()),
                    ("status", status.is_none()),
                    ("resolved", resolved.is_none()),
                    ("closed", closed.is_none()),
                    ("amount", amount.is_none()),
                    ("tax_amount", tax_amount.is_none()),
                    ("currency", currency.is_none()),
                    ("past_due", past_due.is_none()),
                    ("order_id", order_id.is_none()),
                    ("payment_id", payment_id.is_none()),
                ])
            }
        }
    }
}
/// Stage of a card dispute.
#[derive(Debug, Clone)]
pub enum DisputeStatus {
    /// `prevented`
    Prevented,
    /// `early_warning`
    EarlyWarning,
    /// `needs_response`
    NeedsResponse,
    /// `under_review`
    UnderReview,
    /// `lost`
    Lost,
    /// `won`
    Won,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl DisputeStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prevented => "prevented",
            Self::EarlyWarning => "early_warning",
            Self::NeedsResponse => "needs_response",
            Self::UnderReview => "under_review",
            Self::Lost => "lost",
            Self::Won => "won",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for DisputeStatus {
    fn from(value: &str) -> Self {
        match value {
            "prevented" => Self::Prevented,
            "early_warning" => Self::EarlyWarning,
            "needs_response" => Self::NeedsResponse,
            "under_review" => Self::UnderReview,
            "lost" => Self::Lost,
            "won" => Self::Won,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(DisputeStatus);
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
#[derive(Debug, Clone)]
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
crate::runtime::string_enum_impls!(ResourceNotFoundError);
/// Event type; always member.created.
#[derive(Debug, Clone)]
pub enum WebhookMemberCreatedPayloadType {
    /// `member.created`
    MemberCreated,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookMemberCreatedPayloadType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MemberCreated => "member.created",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookMemberCreatedPayloadType {
    fn from(value: &str) -> Self {
        match value {
            "member.created" => Self::MemberCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookMemberCreatedPayloadType);
/// Event type; always member.updated.
#[derive(Debug, Clone)]
pub enum WebhookMemberUpdatedPayloadType {
    /// `member.updated`
    MemberUpdated,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookMemberUpdatedPayloadType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MemberUpdated => "member.updated",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookMemberUpdatedPayloadType {
    fn from(value: &str) -> Self {
        match value {
            "member.updated" => Self::MemberUpdated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookMemberUpdatedPayloadType);
/// Event type; always member.deleted.
#[derive(Debug, Clone)]
pub enum WebhookMemberDeletedPayloadType {
    /// `member.deleted`
    MemberDeleted,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookMemberDeletedPayloadType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MemberDeleted => "member.deleted",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookMemberDeletedPayloadType {
    fn from(value: &str) -> Self {
        match value {
            "member.deleted" => Self::MemberDeleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookMemberDeletedPayloadType);
/// Event type; always refund.created.
#[derive(Debug, Clone)]
pub enum WebhookRefundCreatedPayloadType {
    /// `refund.created`
    RefundCreated,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookRefundCreatedPayloadType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RefundCreated => "refund.created",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookRefundCreatedPayloadType {
    fn from(value: &str) -> Self {
        match value {
            "refund.created" => Self::RefundCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookRefundCreatedPayloadType);
/// Event type; always refund.updated.
#[derive(Debug, Clone)]
pub enum WebhookRefundUpdatedPayloadType {
    /// `refund.updated`
    RefundUpdated,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WebhookRefundUpdatedPayloadType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RefundUpdated => "refund.updated",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for WebhookRefundUpdatedPayloadType {
    fn from(value: &str) -> Self {
        match value {
            "refund.updated" => Self::RefundUpdated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(WebhookRefundUpdatedPayloadType);
/// Key-value pairs attached to an object by the merchant.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum MetadataOutputTypeItem {
    /// A `String`.
    String(String),
    /// A `Integer`.
    Integer(i64),
    /// A `Number`.
    Number(f64),
    /// A `Boolean`.
    Boolean(bool),
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
pub type ListWebhookDeliveriesEndpointId = ListWebhookEndpointsOrganizationId;
/// The schema at `/paths/~1v1~1webhooks~1deliveries/get/parameters/5/schema/anyOf/0` in the spec.
#[derive(Debug, Clone)]
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
crate::runtime::string_enum_impls!(ListWebhookDeliveriesHttpCodeClass);
/// Event Type
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ListWebhookDeliveriesEventType {
    /// A `WebhookEventType`.
    WebhookEventType(WebhookEventType),
    /// A `WebhookEventTypeList`.
    WebhookEventTypeList(Vec<WebhookEventType>),
}
