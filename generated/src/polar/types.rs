// @generated
// Generated from specs/polar.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// Body returned when request input is rejected.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct HttpValidationError {
        /// Detail
        detail: Option<Vec<ValidationError>> = optional("detail", set),
    }
    required();
}
rt::object! {
    /// One problem found while validating the request.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ValidationError {
        /// Path to the offending input field.
        loc: Vec<ValidationErrorLocItem> = field("loc", put),
        /// Readable explanation of the problem.
        msg: String = field("msg", put),
        /// Machine-readable error code.
        type_: String = field("type", put),
        /// The value that was rejected.
        input: Option<::serde_json::Value> = optional("input", set),
        /// Extra details about the error.
        ctx: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> = optional("ctx", set),
    }
    required(loc = "loc", msg = "msg", type_ = "type");
}
rt::object! {
    /// Body returned when the target object does not exist.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ResourceNotFound {
        /// Error kind, always ResourceNotFound.
        error: ResourceNotFoundError = field("error", put),
        /// Readable explanation of what was missing.
        detail: String = field("detail", put),
    }
    required(error = "error", detail = "detail");
}
rt::object! {
    /// Paging metadata of a list response.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Pagination {
        /// Number of items across all pages.
        total_count: i64 = field("total_count", put),
        /// Number of the last page.
        max_page: i64 = field("max_page", put),
    }
    required(total_count = "total_count", max_page = "max_page");
}
rt::object! {
    /// One page of webhook endpoints.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ListResourceWebhookEndpoint {
        /// Endpoints on this page.
        items: Vec<WebhookEndpoint> = field("items", put),
        /// The `pagination` property.
        pagination: Pagination = field("pagination", put),
    }
    required(items = "items", pagination = "pagination");
}
rt::object! {
    /// One page of webhook deliveries.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ListResourceWebhookDelivery {
        /// Deliveries on this page.
        items: Vec<WebhookDelivery> = field("items", put),
        /// The `pagination` property.
        pagination: Pagination = field("pagination", put),
    }
    required(items = "items", pagination = "pagination");
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebhookEndpoint {
        /// When the endpoint was created.
        created_at: String = field("created_at", put),
        /// When the endpoint was last changed, if ever.
        modified_at: Option<String> = field("modified_at", set),
        /// Unique identifier of the endpoint.
        id: String = field("id", put),
        /// Address that receives the event requests.
        url: String = field("url", put),
        /// Optional label for telling endpoints apart.
        name: Option<Option<String>> = optional("name", put),
        /// Payload shape used for this endpoint.
        format: WebhookFormat = field("format", put),
        /// Key used to sign outgoing event requests.
        secret: String = field("secret", put),
        /// Organization that owns the endpoint.
        organization_id: String = field("organization_id", put),
        /// Event kinds this endpoint is subscribed to.
        events: Vec<WebhookEventType> = field("events", put),
        /// False when the endpoint is paused and gets no events.
        enabled: bool = field("enabled", put),
    }
    required(
        created_at = "created_at",
        id = "id",
        url = "url",
        format = "format",
        secret = "secret",
        organization_id = "organization_id",
        events = "events",
        enabled = "enabled",
    );
}
rt::object! {
    /// Fields for registering a new webhook endpoint.
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebhookEndpointCreate {
        /// Address that should receive event requests.
        url: String = field("url", put),
        /// Optional label for telling endpoints apart.
        name: Option<Option<String>> = optional("name", put),
        /// Payload shape to use.
        format: WebhookFormat = field("format", put),
        /// Event kinds to subscribe to.
        events: Vec<WebhookEventType> = field("events", put),
        /// Owning organization; needed except with an organization token.
        organization_id: Option<Option<String>> = optional("organization_id", put),
    }
    required(url = "url", format = "format", events = "events");
}
rt::object! {
    /// Fields to change on a webhook endpoint; omitted ones stay as they are.
    #[derive(Debug, Clone, PartialEq, Default)]
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
    required();
}
rt::object! {
    /// One attempt to send an event to an endpoint.
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebhookDelivery {
        /// When the delivery attempt was made.
        created_at: String = field("created_at", put),
        /// When the record was last changed, if ever.
        modified_at: Option<String> = field("modified_at", set),
        /// Unique identifier of the delivery.
        id: String = field("id", put),
        /// True if the endpoint accepted the event.
        succeeded: bool = field("succeeded", put),
        /// Status code the endpoint answered with; null if unreachable.
        http_code: Option<i64> = field("http_code", set),
        /// Body the endpoint answered with, or the connection error.
        response: Option<String> = field("response", set),
        /// Event carried by this attempt.
        webhook_event: WebhookEvent = field("webhook_event", put),
    }
    required(
        created_at = "created_at",
        id = "id",
        succeeded = "succeeded",
        webhook_event = "webhook_event",
    );
}
rt::object! {
    /// Something that happened and is sent to webhook endpoints.
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebhookEvent {
        /// When the event was created.
        created_at: String = field("created_at", put),
        /// When the event was last changed, if ever.
        modified_at: Option<String> = field("modified_at", set),
        /// Unique identifier of the event.
        id: String = field("id", put),
        /// Status code of the latest attempt; null if none or unreachable.
        last_http_code: Option<Option<i64>> = optional("last_http_code", put),
        /// Whether the event got through; null before any attempt.
        succeeded: Option<Option<bool>> = optional("succeeded", put),
        /// True if not sent because the endpoint was disabled.
        skipped: bool = field("skipped", put),
        /// Serialized event body.
        payload: Option<String> = field("payload", set),
        /// Kind of the event.
        type_: WebhookEventType = field("type", put),
        /// Archived events have no payload and cannot be redelivered.
        is_archived: bool = field("is_archived", put),
    }
    required(
        created_at = "created_at",
        id = "id",
        skipped = "skipped",
        type_ = "type",
        is_archived = "is_archived",
    );
}
rt::object! {
    /// Body of a member.created delivery.
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebhookMemberCreatedPayload {
        /// Event type; always member.created.
        type_: WebhookMemberCreatedPayloadType = field("type", put),
        /// When the event happened.
        timestamp: String = field("timestamp", put),
        /// The `data` property.
        data: Member = field("data", put),
    }
    required(type_ = "type", timestamp = "timestamp", data = "data");
}
rt::object! {
    /// Body of a member.updated delivery.
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebhookMemberUpdatedPayload {
        /// Event type; always member.updated.
        type_: WebhookMemberUpdatedPayloadType = field("type", put),
        /// When the event happened.
        timestamp: String = field("timestamp", put),
        /// The `data` property.
        data: Member = field("data", put),
    }
    required(type_ = "type", timestamp = "timestamp", data = "data");
}
rt::object! {
    /// Body of a member.deleted delivery.
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebhookMemberDeletedPayload {
        /// Event type; always member.deleted.
        type_: WebhookMemberDeletedPayloadType = field("type", put),
        /// When the event happened.
        timestamp: String = field("timestamp", put),
        /// The `data` property.
        data: Member = field("data", put),
    }
    required(type_ = "type", timestamp = "timestamp", data = "data");
}
rt::object! {
    /// A person in a customer's team.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Member {
        /// Identifier of the member.
        id: String = field("id", put),
        /// When the member was created.
        created_at: String = field("created_at", put),
        /// When the member last changed; null if it never did.
        modified_at: Option<String> = field("modified_at", set),
        /// Customer whose team the member is part of.
        customer_id: String = field("customer_id", put),
        /// Email address of the member.
        email: String = field("email", put),
        /// Full name, when known.
        name: Option<String> = field("name", set),
        /// Your own identifier of the member, unique within its customer.
        external_id: Option<String> = field("external_id", set),
        /// The `role` property.
        role: MemberRole = field("role", put),
    }
    required(
        id = "id",
        created_at = "created_at",
        customer_id = "customer_id",
        email = "email",
        role = "role",
    );
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebhookRefundCreatedPayload {
        /// Event type; always refund.created.
        type_: WebhookRefundCreatedPayloadType = field("type", put),
        /// When the event happened.
        timestamp: String = field("timestamp", put),
        /// The `data` property.
        data: Refund = field("data", put),
    }
    required(type_ = "type", timestamp = "timestamp", data = "data");
}
rt::object! {
    /// Body of a refund.updated delivery.
    #[derive(Debug, Clone, PartialEq)]
    pub struct WebhookRefundUpdatedPayload {
        /// Event type; always refund.updated.
        type_: WebhookRefundUpdatedPayloadType = field("type", put),
        /// When the event happened.
        timestamp: String = field("timestamp", put),
        /// The `data` property.
        data: Refund = field("data", put),
    }
    required(type_ = "type", timestamp = "timestamp", data = "data");
}
rt::object! {
    /// Money returned to a customer for an order.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Refund {
        /// When the refund was created.
        created_at: String = field("created_at", put),
        /// When the refund last changed; null if it never did.
        modified_at: Option<String> = field("modified_at", set),
        /// Identifier of the refund.
        id: String = field("id", put),
        /// The `metadata` property.
        metadata: MetadataOutputType = field("metadata", put),
        /// The `status` property.
        status: RefundStatus = field("status", put),
        /// The `reason` property.
        reason: RefundReason = field("reason", put),
        /// Refunded amount in the currency's smallest unit, tax excluded.
        amount: i64 = field("amount", put),
        /// Refunded tax in the currency's smallest unit.
        tax_amount: i64 = field("tax_amount", put),
        /// Three-letter currency code, lower case.
        currency: String = field("currency", put),
        /// Organization that issued the refund.
        organization_id: String = field("organization_id", put),
        /// Order being refunded.
        order_id: String = field("order_id", put),
        /// Subscription of the order, if any.
        subscription_id: Option<String> = field("subscription_id", set),
        /// Customer receiving the money back.
        customer_id: String = field("customer_id", put),
        /// Whether the benefits bought with the order are taken back.
        revoke_benefits: bool = field("revoke_benefits", put),
        /// The dispute this refund answers, if it was issued to head one off.
        dispute: Option<RefundDispute> = field("dispute", set),
    }
    required(
        created_at = "created_at",
        id = "id",
        metadata = "metadata",
        status = "status",
        reason = "reason",
        amount = "amount",
        tax_amount = "tax_amount",
        currency = "currency",
        organization_id = "organization_id",
        order_id = "order_id",
        customer_id = "customer_id",
        revoke_benefits = "revoke_benefits",
    );
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
    #[derive(Debug, Clone, PartialEq)]
    pub struct RefundDispute {
        /// When the dispute was recorded.
        created_at: String = field("created_at", put),
        /// When the dispute last changed; null if it never did.
        modified_at: Option<String> = field("modified_at", set),
        /// Identifier of the dispute.
        id: String = field("id", put),
        /// The `status` property.
        status: DisputeStatus = field("status", put),
        /// True once the dispute was won or lost.
        resolved: bool = field("resolved", put),
        /// True once the dispute was prevented, won or lost.
        closed: bool = field("closed", put),
        /// Disputed amount in cents.
        amount: i64 = field("amount", put),
        /// Disputed tax in cents.
        tax_amount: i64 = field("tax_amount", put),
        /// Currency code of the disputed amount.
        currency: String = field("currency", put),
        /// Reason given by the card network; null until reported.
        reason: Option<String> = field("reason", set),
        /// Deadline for submitting evidence; null when none is needed.
        evidence_due_by: Option<String> = field("evidence_due_by", set),
        /// True when the evidence deadline went by.
        past_due: bool = field("past_due", put),
        /// Order the dispute is about.
        order_id: String = field("order_id", put),
        /// Payment the dispute is about.
        payment_id: String = field("payment_id", put),
    }
    required(
        created_at = "created_at",
        id = "id",
        status = "status",
        resolved = "resolved",
        closed = "closed",
        amount = "amount",
        tax_amount = "tax_amount",
        currency = "currency",
        past_due = "past_due",
        order_id = "order_id",
        payment_id = "payment_id",
    );
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
