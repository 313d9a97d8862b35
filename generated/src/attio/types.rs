// @generated
// Generated from specs/attio.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// A page of webhooks.
    pub struct GetV2WebhooksResponse {
        /// The `data` property.
        data: Vec<GetV2WebhooksResponseDataItem> = field("data", must),
    }
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items` in the spec.
    pub struct GetV2WebhooksResponseDataItem {
        /// HTTPS address that receives event deliveries.
        target_url: String = field("target_url", must),
        /// Events the webhook listens to.
        subscriptions: Vec<GetV2WebhooksResponseDataItemSubscription> = field("subscriptions", must),
        /// The `id` property.
        id: Id = field("id", must),
        /// Delivery state; only active and degraded webhooks get events.
        status: Status = field("status", must),
        /// Creation timestamp of the webhook.
        created_at: String = field("created_at", must),
    }
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items` in the spec.
    pub struct GetV2WebhooksResponseDataItemSubscription {
        /// Event kind this subscription listens for.
        event_type: GetV2WebhooksResponseDataItemSubscriptionEventType = field("event_type", must),
        /// Conditions an event must meet to be delivered; null matches every event.
        filter: Option<GetV2WebhooksResponseDataItemSubscriptionFilter> = field("filter", set),
    }
}
rt::string_enum! {
    /// Event kind this subscription listens for.
    pub enum GetV2WebhooksResponseDataItemSubscriptionEventType {
        /// `comment.created`
        CommentCreated = "comment.created",
        /// `comment.resolved`
        CommentResolved = "comment.resolved",
        /// `comment.unresolved`
        CommentUnresolved = "comment.unresolved",
        /// `comment.deleted`
        CommentDeleted = "comment.deleted",
        /// `list.created`
        ListCreated = "list.created",
        /// `list.updated`
        ListUpdated = "list.updated",
        /// `list.deleted`
        ListDeleted = "list.deleted",
        /// `list-attribute.created`
        ListAttributeCreated = "list-attribute.created",
        /// `list-attribute.updated`
        ListAttributeUpdated = "list-attribute.updated",
        /// `list-entry.created`
        ListEntryCreated = "list-entry.created",
        /// `list-entry.updated`
        ListEntryUpdated = "list-entry.updated",
        /// `list-entry.deleted`
        ListEntryDeleted = "list-entry.deleted",
        /// `object-attribute.created`
        ObjectAttributeCreated = "object-attribute.created",
        /// `object-attribute.updated`
        ObjectAttributeUpdated = "object-attribute.updated",
        /// `note.created`
        NoteCreated = "note.created",
        /// `note.updated`
        NoteUpdated = "note.updated",
        /// `note.deleted`
        NoteDeleted = "note.deleted",
        /// `record.created`
        RecordCreated = "record.created",
        /// `record.merged`
        RecordMerged = "record.merged",
        /// `record.updated`
        RecordUpdated = "record.updated",
        /// `record.deleted`
        RecordDeleted = "record.deleted",
        /// `task.created`
        TaskCreated = "task.created",
        /// `task.updated`
        TaskUpdated = "task.updated",
        /// `task.deleted`
        TaskDeleted = "task.deleted",
        /// `workspace-member.created`
        WorkspaceMemberCreated = "workspace-member.created",
    }
}
rt::scored_union! {
    /// Conditions an event must meet to be delivered; null matches every event.
    pub enum GetV2WebhooksResponseDataItemSubscriptionFilter {
        /// A `GetV2WebhooksResponseDataItemSubscriptionFilterOr`.
        GetV2WebhooksResponseDataItemSubscriptionFilterOr(GetV2WebhooksResponseDataItemSubscriptionFilterOr) = [
            "$or",
        ],
        /// A `GetV2WebhooksResponseDataItemSubscriptionFilterAnd`.
        GetV2WebhooksResponseDataItemSubscriptionFilterAnd(GetV2WebhooksResponseDataItemSubscriptionFilterAnd) = [
            "$and",
        ],
    }
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0` in the spec.
    pub struct GetV2WebhooksResponseDataItemSubscriptionFilterOr {
        /// The `$or` property.
        or: Vec<GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem> = field("$or", must),
    }
}
rt::tagged_union! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items` in the spec.
    pub enum GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem("operator") {
        /// `operator` is `equals`.
        GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0(GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0) = [
            "equals",
        ],
        /// `operator` is `not_equals`.
        GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1(GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1) = [
            "not_equals",
        ],
    }
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/0` in the spec.
    pub struct GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0 {
        /// The `field` property.
        field: String = field("field", must),
        /// The `operator` property.
        operator: GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator = field("operator", must),
        /// The `value` property.
        value: String = field("value", must),
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/0/properties/operator` in the spec.
    pub enum GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator {
        /// `equals`
        Equals = "equals",
    }
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/1` in the spec.
    pub struct GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1 {
        /// The `field` property.
        field: String = field("field", must),
        /// The `operator` property.
        operator: GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator = field("operator", must),
        /// The `value` property.
        value: String = field("value", must),
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/1/properties/operator` in the spec.
    pub enum GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator {
        /// `not_equals`
        NotEquals = "not_equals",
    }
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/1` in the spec.
    pub struct GetV2WebhooksResponseDataItemSubscriptionFilterAnd {
        /// The `$and` property.
        and: Vec<GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem> = field("$and", must),
    }
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/id` in the spec.
    pub struct Id {
        /// Workspace that owns this webhook.
        workspace_id: String = field("workspace_id", must),
        /// Unique identifier of this webhook.
        webhook_id: String = field("webhook_id", must),
    }
}
rt::string_enum! {
    /// Delivery state; only active and degraded webhooks get events.
    pub enum Status {
        /// `active`
        Active = "active",
        /// `degraded`
        Degraded = "degraded",
        /// `inactive`
        Inactive = "inactive",
    }
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/post/requestBody/content/application~1json/schema` in the spec.
    pub struct PostV2WebhooksRequest {
        /// The `data` property.
        data: PostV2WebhooksRequestData = field("data", must),
    }
    /// The schema at `/paths/~1v2~1webhooks/post/requestBody/content/application~1json/schema/properties/data` in the spec.
    pub struct PostV2WebhooksRequestData {
        /// HTTPS address that receives event deliveries.
        target_url: String = field("target_url", must),
        /// Events the webhook listens to.
        subscriptions: Vec<GetV2WebhooksResponseDataItemSubscription> = field("subscriptions", must),
    }
    /// The new webhook, including its signing secret.
    pub struct PostV2WebhooksResponse {
        /// The `data` property.
        data: PostV2WebhooksResponseData = field("data", must),
    }
    /// The schema at `/paths/~1v2~1webhooks/post/responses/200/content/application~1json/schema/properties/data` in the spec.
    pub struct PostV2WebhooksResponseData {
        /// HTTPS address that receives event deliveries.
        target_url: String = field("target_url", must),
        /// Events the webhook listens to.
        subscriptions: Vec<GetV2WebhooksResponseDataItemSubscription> = field("subscriptions", must),
        /// The `id` property.
        id: Id = field("id", must),
        /// Delivery state; only active and degraded webhooks get events.
        status: Status = field("status", must),
        /// Creation timestamp of the webhook.
        created_at: String = field("created_at", must),
        /// Signing key for event payloads, returned only on creation.
        secret: String = field("secret", must),
    }
    /// Returned when the request body fails validation.
    pub struct PostV2WebhooksBadRequest {
        /// The `status_code` property.
        status_code: f64 = field("status_code", must),
        /// The `type` property.
        type_: Type = field("type", must),
        /// The `code` property.
        code: PostV2WebhooksBadRequestCode = field("code", must),
        /// The `message` property.
        message: String = field("message", must),
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1v2~1webhooks/post/responses/400/content/application~1json/schema/properties/type` in the spec.
    pub enum Type {
        /// `invalid_request_error`
        InvalidRequestError = "invalid_request_error",
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1v2~1webhooks/post/responses/400/content/application~1json/schema/properties/code` in the spec.
    pub enum PostV2WebhooksBadRequestCode {
        /// `validation_type`
        ValidationType = "validation_type",
    }
}
rt::object! {
    /// The requested webhook.
    pub struct GetV2WebhooksWebhookIdResponse {
        /// The `data` property.
        data: GetV2WebhooksResponseDataItem = field("data", must),
    }
    /// Returned when no webhook has the given ID.
    pub struct GetV2WebhooksWebhookIdNotFound {
        /// The `status_code` property.
        status_code: f64 = field("status_code", must),
        /// The `type` property.
        type_: Type = field("type", must),
        /// The `code` property.
        code: Code = field("code", must),
        /// The `message` property.
        message: String = field("message", must),
    }
}
rt::string_enum! {
    /// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/get/responses/404/content/application~1json/schema/properties/code` in the spec.
    pub enum Code {
        /// `not_found`
        NotFound = "not_found",
    }
}
/// Returned when no webhook has the given ID.
pub type DeleteV2WebhooksWebhookIdNotFound = GetV2WebhooksWebhookIdNotFound;
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/patch/requestBody/content/application~1json/schema` in the spec.
    pub struct PatchV2WebhooksWebhookIdRequest {
        /// The `data` property.
        data: PatchV2WebhooksWebhookIdRequestData = field("data", must),
    }
    /// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/patch/requestBody/content/application~1json/schema/properties/data` in the spec.
    #[derive(Default)]
    pub struct PatchV2WebhooksWebhookIdRequestData {
        /// HTTPS address that receives event deliveries.
        target_url: Option<String> = optional("target_url", set),
        /// Events the webhook listens to.
        subscriptions: Option<Vec<GetV2WebhooksResponseDataItemSubscription>> = optional("subscriptions", set),
    }
}
/// The webhook after the update.
pub type PatchV2WebhooksWebhookIdResponse = GetV2WebhooksWebhookIdResponse;
/// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/patch/responses/200/content/application~1json/schema/properties/data` in the spec.
pub type PatchV2WebhooksWebhookIdResponseData = GetV2WebhooksResponseDataItem;
