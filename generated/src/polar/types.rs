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
crate::runtime::string_enum_impls!(WebhookFormat);
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
crate::runtime::string_enum_impls!(WebhookEventType);
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
/// Body of a member.created delivery.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookMemberCreatedPayload {
    /// Event type; always member.created.
    #[serde(rename = "type")]
    pub type_: WebhookMemberCreatedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Member,
}
/// Body of a member.updated delivery.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookMemberUpdatedPayload {
    /// Event type; always member.updated.
    #[serde(rename = "type")]
    pub type_: WebhookMemberUpdatedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Member,
}
/// Body of a member.deleted delivery.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookMemberDeletedPayload {
    /// Event type; always member.deleted.
    #[serde(rename = "type")]
    pub type_: WebhookMemberDeletedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Member,
}
/// A person in a customer's team.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
/// What a member may do for its customer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookRefundCreatedPayload {
    /// Event type; always refund.created.
    #[serde(rename = "type")]
    pub type_: WebhookRefundCreatedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Refund,
}
/// Body of a refund.updated delivery.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebhookRefundUpdatedPayload {
    /// Event type; always refund.updated.
    #[serde(rename = "type")]
    pub type_: WebhookRefundUpdatedPayloadType,
    /// When the event happened.
    pub timestamp: String,
    /// The `data` property.
    pub data: Refund,
}
/// Money returned to a customer for an order.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
/// Key-value pairs attached to an object by the merchant.
pub type MetadataOutputType = ::std::collections::BTreeMap<
    String,
    MetadataOutputTypeItem,
>;
/// Where a refund stands.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
/// Stage of a card dispute.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
crate::runtime::string_enum_impls!(ResourceNotFoundError);
/// Event type; always member.created.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
