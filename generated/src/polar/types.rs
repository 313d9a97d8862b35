// @generated
// Generated from specs/polar.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// Body returned when request input is rejected.
    #[derive(Default)]
    pub struct HttpValidationError {
        /// Detail
        detail: Option<Vec<ValidationError>> = optional("detail", set),
    }
    /// One problem found while validating the request.
    pub struct ValidationError {
        /// Path to the offending input field.
        loc: Vec<ValidationErrorLocItem> = field("loc", must),
        /// Readable explanation of the problem.
        msg: String = field("msg", must),
        /// Machine-readable error code.
        type_: String = field("type", must),
        /// The value that was rejected.
        input: Option<::serde_json::Value> = optional("input", set),
        /// Extra details about the error.
        ctx: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> = optional("ctx", set),
    }
    /// Body returned when the target object does not exist.
    pub struct ResourceNotFound {
        /// Error kind, always ResourceNotFound.
        error: ResourceNotFoundError = field("error", must),
        /// Readable explanation of what was missing.
        detail: String = field("detail", must),
    }
    /// Paging metadata of a list response.
    pub struct Pagination {
        /// Number of items across all pages.
        total_count: i64 = field("total_count", must),
        /// Number of the last page.
        max_page: i64 = field("max_page", must),
    }
    /// One page of webhook endpoints.
    pub struct ListResourceWebhookEndpoint {
        /// Endpoints on this page.
        items: Vec<WebhookEndpoint> = field("items", must),
        /// The `pagination` property.
        pagination: Pagination = field("pagination", must),
    }
    /// One page of webhook deliveries.
    pub struct ListResourceWebhookDelivery {
        /// Deliveries on this page.
        items: Vec<WebhookDelivery> = field("items", must),
        /// The `pagination` property.
        pagination: Pagination = field("pagination", must),
    }
}
rt::string_enum! {
    /// Shape in which event payloads are sent.
    pub enum WebhookFormat {
        /// `raw`
        Raw = "raw",
        /// `discord`
        Discord = "discord",
        /// `slack`
        Slack = "slack",
    }
}
rt::string_enum! {
    /// Kind of event that can be sent to an endpoint.
    pub enum WebhookEventType {
        /// `checkout.created`
        CheckoutCreated = "checkout.created",
        /// `checkout.updated`
        CheckoutUpdated = "checkout.updated",
        /// `checkout.expired`
        CheckoutExpired = "checkout.expired",
        /// `customer.created`
        CustomerCreated = "customer.created",
        /// `customer.updated`
        CustomerUpdated = "customer.updated",
        /// `customer.deleted`
        CustomerDeleted = "customer.deleted",
        /// `customer.state_changed`
        CustomerStateChanged = "customer.state_changed",
        /// `customer_seat.assigned`
        CustomerSeatAssigned = "customer_seat.assigned",
        /// `customer_seat.claimed`
        CustomerSeatClaimed = "customer_seat.claimed",
        /// `customer_seat.revoked`
        CustomerSeatRevoked = "customer_seat.revoked",
        /// `member.created`
        MemberCreated = "member.created",
        /// `member.updated`
        MemberUpdated = "member.updated",
        /// `member.deleted`
        MemberDeleted = "member.deleted",
        /// `order.created`
        OrderCreated = "order.created",
        /// `order.updated`
        OrderUpdated = "order.updated",
        /// `order.paid`
        OrderPaid = "order.paid",
        /// `order.refunded`
        OrderRefunded = "order.refunded",
        /// `subscription.created`
        SubscriptionCreated = "subscription.created",
        /// `subscription.updated`
        SubscriptionUpdated = "subscription.updated",
        /// `subscription.active`
        SubscriptionActive = "subscription.active",
        /// `subscription.canceled`
        SubscriptionCanceled = "subscription.canceled",
        /// `subscription.uncanceled`
        SubscriptionUncanceled = "subscription.uncanceled",
        /// `subscription.cycled`
        SubscriptionCycled = "subscription.cycled",
        /// `subscription.revoked`
        SubscriptionRevoked = "subscription.revoked",
        /// `subscription.past_due`
        SubscriptionPastDue = "subscription.past_due",
        /// `subscription.paused`
        SubscriptionPaused = "subscription.paused",
        /// `subscription.resumed`
        SubscriptionResumed = "subscription.resumed",
        /// `refund.created`
        RefundCreated = "refund.created",
        /// `refund.updated`
        RefundUpdated = "refund.updated",
        /// `product.created`
        ProductCreated = "product.created",
        /// `product.updated`
        ProductUpdated = "product.updated",
        /// `discount.created`
        DiscountCreated = "discount.created",
        /// `discount.updated`
        DiscountUpdated = "discount.updated",
        /// `discount.deleted`
        DiscountDeleted = "discount.deleted",
        /// `benefit.created`
        BenefitCreated = "benefit.created",
        /// `benefit.updated`
        BenefitUpdated = "benefit.updated",
        /// `benefit_grant.created`
        BenefitGrantCreated = "benefit_grant.created",
        /// `benefit_grant.cycled`
        BenefitGrantCycled = "benefit_grant.cycled",
        /// `benefit_grant.updated`
        BenefitGrantUpdated = "benefit_grant.updated",
        /// `benefit_grant.revoked`
        BenefitGrantRevoked = "benefit_grant.revoked",
        /// `organization.updated`
        OrganizationUpdated = "organization.updated",
    }
}
rt::object! {
    /// A URL registered to receive webhook events.
    pub struct WebhookEndpoint {
        /// When the endpoint was created.
        created_at: String = field("created_at", must),
        /// When the endpoint was last changed, if ever.
        modified_at: Option<String> = field("modified_at", set),
        /// Unique identifier of the endpoint.
        id: String = field("id", must),
        /// Address that receives the event requests.
        url: String = field("url", must),
        /// Optional label for telling endpoints apart.
        name: Option<Option<String>> = optional("name", put),
        /// Payload shape used for this endpoint.
        format: WebhookFormat = field("format", must),
        /// Key used to sign outgoing event requests.
        secret: String = field("secret", must),
        /// Organization that owns the endpoint.
        organization_id: String = field("organization_id", must),
        /// Event kinds this endpoint is subscribed to.
        events: Vec<WebhookEventType> = field("events", must),
        /// False when the endpoint is paused and gets no events.
        enabled: bool = field("enabled", must),
    }
    /// Fields for registering a new webhook endpoint.
    pub struct WebhookEndpointCreate {
        /// Address that should receive event requests.
        url: String = field("url", must),
        /// Optional label for telling endpoints apart.
        name: Option<Option<String>> = optional("name", put),
        /// Payload shape to use.
        format: WebhookFormat = field("format", must),
        /// Event kinds to subscribe to.
        events: Vec<WebhookEventType> = field("events", must),
        /// Owning organization; needed except with an organization token.
        organization_id: Option<Option<String>> = optional("organization_id", put),
    }
    /// Fields to change on a webhook endpoint; omitted ones stay as they are.
    #[derive(Default)]
    pub struct WebhookEndpointUpdate {
        /// Url
        url: Option<Option<String>> = optional("url", put),
        /// New label for the endpoint.
        name: Option<Option<String>> = optional("name", put),
        /// The `format` property.
        format: Option<Option<WebhookFormat>> = optional("format", put),
        /// Events
        events: Option<Option<Vec<WebhookEventType>>> = optional("events", put),
        /// Turn event sending on or off.
        enabled: Option<Option<bool>> = optional("enabled", put),
    }
    /// One attempt to send an event to an endpoint.
    pub struct WebhookDelivery {
        /// When the delivery attempt was made.
        created_at: String = field("created_at", must),
        /// When the record was last changed, if ever.
        modified_at: Option<String> = field("modified_at", set),
        /// Unique identifier of the delivery.
        id: String = field("id", must),
        /// True if the endpoint accepted the event.
        succeeded: bool = field("succeeded", must),
        /// Status code the endpoint answered with; null if unreachable.
        http_code: Option<i64> = field("http_code", set),
        /// Body the endpoint answered with, or the connection error.
        response: Option<String> = field("response", set),
        /// Event carried by this attempt.
        webhook_event: WebhookEvent = field("webhook_event", must),
    }
    /// Something that happened and is sent to webhook endpoints.
    pub struct WebhookEvent {
        /// When the event was created.
        created_at: String = field("created_at", must),
        /// When the event was last changed, if ever.
        modified_at: Option<String> = field("modified_at", set),
        /// Unique identifier of the event.
        id: String = field("id", must),
        /// Status code of the latest attempt; null if none or unreachable.
        last_http_code: Option<Option<i64>> = optional("last_http_code", put),
        /// Whether the event got through; null before any attempt.
        succeeded: Option<Option<bool>> = optional("succeeded", put),
        /// True if not sent because the endpoint was disabled.
        skipped: bool = field("skipped", must),
        /// Serialized event body.
        payload: Option<String> = field("payload", set),
        /// Kind of the event.
        type_: WebhookEventType = field("type", must),
        /// Archived events have no payload and cannot be redelivered.
        is_archived: bool = field("is_archived", must),
    }
    /// Body of a member.created delivery.
    pub struct WebhookMemberCreatedPayload {
        /// Event type; always member.created.
        type_: WebhookMemberCreatedPayloadType = field("type", must),
        /// When the event happened.
        timestamp: String = field("timestamp", must),
        /// The `data` property.
        data: Member = field("data", must),
    }
    /// Body of a member.updated delivery.
    pub struct WebhookMemberUpdatedPayload {
        /// Event type; always member.updated.
        type_: WebhookMemberUpdatedPayloadType = field("type", must),
        /// When the event happened.
        timestamp: String = field("timestamp", must),
        /// The `data` property.
        data: Member = field("data", must),
    }
    /// Body of a member.deleted delivery.
    pub struct WebhookMemberDeletedPayload {
        /// Event type; always member.deleted.
        type_: WebhookMemberDeletedPayloadType = field("type", must),
        /// When the event happened.
        timestamp: String = field("timestamp", must),
        /// The `data` property.
        data: Member = field("data", must),
    }
    /// A person in a customer's team.
    pub struct Member {
        /// Identifier of the member.
        id: String = field("id", must),
        /// When the member was created.
        created_at: String = field("created_at", must),
        /// When the member last changed; null if it never did.
        modified_at: Option<String> = field("modified_at", set),
        /// Customer whose team the member is part of.
        customer_id: String = field("customer_id", must),
        /// Email address of the member.
        email: String = field("email", must),
        /// Full name, when known.
        name: Option<String> = field("name", set),
        /// Your own identifier of the member, unique within its customer.
        external_id: Option<String> = field("external_id", set),
        /// The `role` property.
        role: MemberRole = field("role", must),
    }
}
rt::string_enum! {
    /// What a member may do for its customer.
    pub enum MemberRole {
        /// `owner`
        Owner = "owner",
        /// `billing_manager`
        BillingManager = "billing_manager",
        /// `member`
        Member = "member",
    }
}
rt::object! {
    /// Body of a refund.created delivery.
    pub struct WebhookRefundCreatedPayload {
        /// Event type; always refund.created.
        type_: WebhookRefundCreatedPayloadType = field("type", must),
        /// When the event happened.
        timestamp: String = field("timestamp", must),
        /// The `data` property.
        data: Refund = field("data", must),
    }
    /// Body of a refund.updated delivery.
    pub struct WebhookRefundUpdatedPayload {
        /// Event type; always refund.updated.
        type_: WebhookRefundUpdatedPayloadType = field("type", must),
        /// When the event happened.
        timestamp: String = field("timestamp", must),
        /// The `data` property.
        data: Refund = field("data", must),
    }
    /// Money returned to a customer for an order.
    pub struct Refund {
        /// When the refund was created.
        created_at: String = field("created_at", must),
        /// When the refund last changed; null if it never did.
        modified_at: Option<String> = field("modified_at", set),
        /// Identifier of the refund.
        id: String = field("id", must),
        /// The `metadata` property.
        metadata: MetadataOutputType = field("metadata", must),
        /// The `status` property.
        status: RefundStatus = field("status", must),
        /// The `reason` property.
        reason: RefundReason = field("reason", must),
        /// Refunded amount in the currency's smallest unit, tax excluded.
        amount: i64 = field("amount", must),
        /// Refunded tax in the currency's smallest unit.
        tax_amount: i64 = field("tax_amount", must),
        /// Three-letter currency code, lower case.
        currency: String = field("currency", must),
        /// Organization that issued the refund.
        organization_id: String = field("organization_id", must),
        /// Order being refunded.
        order_id: String = field("order_id", must),
        /// Subscription of the order, if any.
        subscription_id: Option<String> = field("subscription_id", set),
        /// Customer receiving the money back.
        customer_id: String = field("customer_id", must),
        /// Whether the benefits bought with the order are taken back.
        revoke_benefits: bool = field("revoke_benefits", must),
        /// The dispute this refund answers, if it was issued to head one off.
        dispute: Option<RefundDispute> = field("dispute", set),
    }
}
/// Key-value pairs attached to an object by the merchant.
pub type MetadataOutputType = ::std::collections::BTreeMap<String, MetadataOutputTypeItem>;
rt::string_enum! {
    /// Where a refund stands.
    pub enum RefundStatus {
        /// `pending`
        Pending = "pending",
        /// `succeeded`
        Succeeded = "succeeded",
        /// `failed`
        Failed = "failed",
        /// `canceled`
        Canceled = "canceled",
    }
}
rt::string_enum! {
    /// Why the money was returned.
    pub enum RefundReason {
        /// `duplicate`
        Duplicate = "duplicate",
        /// `fraudulent`
        Fraudulent = "fraudulent",
        /// `customer_request`
        CustomerRequest = "customer_request",
        /// `service_disruption`
        ServiceDisruption = "service_disruption",
        /// `satisfaction_guarantee`
        SatisfactionGuarantee = "satisfaction_guarantee",
        /// `dispute_prevention`
        DisputePrevention = "dispute_prevention",
        /// `other`
        Other = "other",
    }
}
rt::object! {
    /// A card dispute that a refund was issued to prevent.
    pub struct RefundDispute {
        /// When the dispute was recorded.
        created_at: String = field("created_at", must),
        /// When the dispute last changed; null if it never did.
        modified_at: Option<String> = field("modified_at", set),
        /// Identifier of the dispute.
        id: String = field("id", must),
        /// The `status` property.
        status: DisputeStatus = field("status", must),
        /// True once the dispute was won or lost.
        resolved: bool = field("resolved", must),
        /// True once the dispute was prevented, won or lost.
        closed: bool = field("closed", must),
        /// Disputed amount in cents.
        amount: i64 = field("amount", must),
        /// Disputed tax in cents.
        tax_amount: i64 = field("tax_amount", must),
        /// Currency code of the disputed amount.
        currency: String = field("currency", must),
        /// Reason given by the card network; null until reported.
        reason: Option<String> = field("reason", set),
        /// Deadline for submitting evidence; null when none is needed.
        evidence_due_by: Option<String> = field("evidence_due_by", set),
        /// True when the evidence deadline went by.
        past_due: bool = field("past_due", must),
        /// Order the dispute is about.
        order_id: String = field("order_id", must),
        /// Payment the dispute is about.
        payment_id: String = field("payment_id", must),
    }
}
rt::string_enum! {
    /// Stage of a card dispute.
    pub enum DisputeStatus {
        /// `prevented`
        Prevented = "prevented",
        /// `early_warning`
        EarlyWarning = "early_warning",
        /// `needs_response`
        NeedsResponse = "needs_response",
        /// `under_review`
        UnderReview = "under_review",
        /// `lost`
        Lost = "lost",
        /// `won`
        Won = "won",
    }
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
rt::string_enum! {
    /// Error kind, always ResourceNotFound.
    pub enum ResourceNotFoundError {
        /// `ResourceNotFound`
        ResourceNotFound = "ResourceNotFound",
    }
}
rt::string_enum! {
    /// Event type; always member.created.
    pub enum WebhookMemberCreatedPayloadType {
        /// `member.created`
        MemberCreated = "member.created",
    }
}
rt::string_enum! {
    /// Event type; always member.updated.
    pub enum WebhookMemberUpdatedPayloadType {
        /// `member.updated`
        MemberUpdated = "member.updated",
    }
}
rt::string_enum! {
    /// Event type; always member.deleted.
    pub enum WebhookMemberDeletedPayloadType {
        /// `member.deleted`
        MemberDeleted = "member.deleted",
    }
}
rt::string_enum! {
    /// Event type; always refund.created.
    pub enum WebhookRefundCreatedPayloadType {
        /// `refund.created`
        RefundCreated = "refund.created",
    }
}
rt::string_enum! {
    /// Event type; always refund.updated.
    pub enum WebhookRefundUpdatedPayloadType {
        /// `refund.updated`
        RefundUpdated = "refund.updated",
    }
}
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
rt::string_enum! {
    /// The schema at `/paths/~1v1~1webhooks~1deliveries/get/parameters/5/schema/anyOf/0` in the spec.
    pub enum ListWebhookDeliveriesHttpCodeClass {
        /// `2xx`
        V2xx = "2xx",
        /// `3xx`
        V3xx = "3xx",
        /// `4xx`
        V4xx = "4xx",
        /// `5xx`
        V5xx = "5xx",
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
