// @generated
// Generated from specs/attio.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// A page of webhooks.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetV2WebhooksResponse {
        /// The `data` property.
        data: Vec<GetV2WebhooksResponseDataItem> = field("data", put),
    }
    required(data = "data");
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetV2WebhooksResponseDataItem {
        /// HTTPS address that receives event deliveries.
        target_url: String = field("target_url", put),
        /// Events the webhook listens to.
        subscriptions: Vec<GetV2WebhooksResponseDataItemSubscription> = field("subscriptions", put),
        /// The `id` property.
        id: Id = field("id", put),
        /// Delivery state; only active and degraded webhooks get events.
        status: Status = field("status", put),
        /// Creation timestamp of the webhook.
        created_at: String = field("created_at", put),
    }
    required(
        target_url = "target_url",
        subscriptions = "subscriptions",
        id = "id",
        status = "status",
        created_at = "created_at",
    );
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetV2WebhooksResponseDataItemSubscription {
        /// Event kind this subscription listens for.
        event_type: GetV2WebhooksResponseDataItemSubscriptionEventType = field("event_type", put),
        /// Conditions an event must meet to be delivered; null matches every event.
        filter: Option<GetV2WebhooksResponseDataItemSubscriptionFilter> = field("filter", set),
    }
    required(event_type = "event_type");
}
/// Event kind this subscription listens for.
#[derive(Debug, Clone)]
pub enum GetV2WebhooksResponseDataItemSubscriptionEventType {
    /// `comment.created`
    CommentCreated,
    /// `comment.resolved`
    CommentResolved,
    /// `comment.unresolved`
    CommentUnresolved,
    /// `comment.deleted`
    CommentDeleted,
    /// `list.created`
    ListCreated,
    /// `list.updated`
    ListUpdated,
    /// `list.deleted`
    ListDeleted,
    /// `list-attribute.created`
    ListAttributeCreated,
    /// `list-attribute.updated`
    ListAttributeUpdated,
    /// `list-entry.created`
    ListEntryCreated,
    /// `list-entry.updated`
    ListEntryUpdated,
    /// `list-entry.deleted`
    ListEntryDeleted,
    /// `object-attribute.created`
    ObjectAttributeCreated,
    /// `object-attribute.updated`
    ObjectAttributeUpdated,
    /// `note.created`
    NoteCreated,
    /// `note.updated`
    NoteUpdated,
    /// `note.deleted`
    NoteDeleted,
    /// `record.created`
    RecordCreated,
    /// `record.merged`
    RecordMerged,
    /// `record.updated`
    RecordUpdated,
    /// `record.deleted`
    RecordDeleted,
    /// `task.created`
    TaskCreated,
    /// `task.updated`
    TaskUpdated,
    /// `task.deleted`
    TaskDeleted,
    /// `workspace-member.created`
    WorkspaceMemberCreated,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl GetV2WebhooksResponseDataItemSubscriptionEventType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommentCreated => "comment.created",
            Self::CommentResolved => "comment.resolved",
            Self::CommentUnresolved => "comment.unresolved",
            Self::CommentDeleted => "comment.deleted",
            Self::ListCreated => "list.created",
            Self::ListUpdated => "list.updated",
            Self::ListDeleted => "list.deleted",
            Self::ListAttributeCreated => "list-attribute.created",
            Self::ListAttributeUpdated => "list-attribute.updated",
            Self::ListEntryCreated => "list-entry.created",
            Self::ListEntryUpdated => "list-entry.updated",
            Self::ListEntryDeleted => "list-entry.deleted",
            Self::ObjectAttributeCreated => "object-attribute.created",
            Self::ObjectAttributeUpdated => "object-attribute.updated",
            Self::NoteCreated => "note.created",
            Self::NoteUpdated => "note.updated",
            Self::NoteDeleted => "note.deleted",
            Self::RecordCreated => "record.created",
            Self::RecordMerged => "record.merged",
            Self::RecordUpdated => "record.updated",
            Self::RecordDeleted => "record.deleted",
            Self::TaskCreated => "task.created",
            Self::TaskUpdated => "task.updated",
            Self::TaskDeleted => "task.deleted",
            Self::WorkspaceMemberCreated => "workspace-member.created",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for GetV2WebhooksResponseDataItemSubscriptionEventType {
    fn from(value: &str) -> Self {
        match value {
            "comment.created" => Self::CommentCreated,
            "comment.resolved" => Self::CommentResolved,
            "comment.unresolved" => Self::CommentUnresolved,
            "comment.deleted" => Self::CommentDeleted,
            "list.created" => Self::ListCreated,
            "list.updated" => Self::ListUpdated,
            "list.deleted" => Self::ListDeleted,
            "list-attribute.created" => Self::ListAttributeCreated,
            "list-attribute.updated" => Self::ListAttributeUpdated,
            "list-entry.created" => Self::ListEntryCreated,
            "list-entry.updated" => Self::ListEntryUpdated,
            "list-entry.deleted" => Self::ListEntryDeleted,
            "object-attribute.created" => Self::ObjectAttributeCreated,
            "object-attribute.updated" => Self::ObjectAttributeUpdated,
            "note.created" => Self::NoteCreated,
            "note.updated" => Self::NoteUpdated,
            "note.deleted" => Self::NoteDeleted,
            "record.created" => Self::RecordCreated,
            "record.merged" => Self::RecordMerged,
            "record.updated" => Self::RecordUpdated,
            "record.deleted" => Self::RecordDeleted,
            "task.created" => Self::TaskCreated,
            "task.updated" => Self::TaskUpdated,
            "task.deleted" => Self::TaskDeleted,
            "workspace-member.created" => Self::WorkspaceMemberCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(GetV2WebhooksResponseDataItemSubscriptionEventType);
/// Conditions an event must meet to be delivered; null matches every event.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum GetV2WebhooksResponseDataItemSubscriptionFilter {
    /// A `GetV2WebhooksResponseDataItemSubscriptionFilterOr`.
    GetV2WebhooksResponseDataItemSubscriptionFilterOr(
        GetV2WebhooksResponseDataItemSubscriptionFilterOr,
    ),
    /// A `GetV2WebhooksResponseDataItemSubscriptionFilterAnd`.
    GetV2WebhooksResponseDataItemSubscriptionFilterAnd(
        GetV2WebhooksResponseDataItemSubscriptionFilterAnd,
    ),
}
impl<'de> ::serde::Deserialize<'de> for GetV2WebhooksResponseDataItemSubscriptionFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let keys: Vec<&str> = value
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut best: Option<(usize, Self)> = None;
        if let Ok(decoded) = ::serde_json::from_value::<
            GetV2WebhooksResponseDataItemSubscriptionFilterOr,
        >(value.clone()) {
            let score = keys.iter().filter(|k| ["$or"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((
                    score,
                    Self::GetV2WebhooksResponseDataItemSubscriptionFilterOr(decoded),
                ));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<
            GetV2WebhooksResponseDataItemSubscriptionFilterAnd,
        >(value.clone()) {
            let score = keys.iter().filter(|k| ["$and"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((
                    score,
                    Self::GetV2WebhooksResponseDataItemSubscriptionFilterAnd(decoded),
                ));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches none of the shapes of `GetV2WebhooksResponseDataItemSubscriptionFilter`",
            ))
    }
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetV2WebhooksResponseDataItemSubscriptionFilterOr {
        /// The `$or` property.
        or: Vec<GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem> = field("$or", put),
    }
    required(or = "$or");
}
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem {
    /// `operator` is `equals`.
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0(
        GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0,
    ),
    /// `operator` is `not_equals`.
    GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1(
        GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1,
    ),
    /// A `operator` this version of the spec does not list, kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl<'de> ::serde::Deserialize<'de>
for GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("operator")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("equals") => {
                ::serde_json::from_value(value)
                    .map(
                        Self::GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0,
                    )
                    .map_err(::serde::de::Error::custom)
            }
            Some("not_equals") => {
                ::serde_json::from_value(value)
                    .map(
                        Self::GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1,
                    )
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/0` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0 {
        /// The `field` property.
        field: String = field("field", put),
        /// The `operator` property.
        operator: GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator = field("operator", put),
        /// The `value` property.
        value: String = field("value", put),
    }
    required(field = "field", operator = "operator", value = "value");
}
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/0/properties/operator` in the spec.
#[derive(Debug, Clone)]
pub enum GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator {
    /// `equals`
    Equals,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "equals",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator {
    fn from(value: &str) -> Self {
        match value {
            "equals" => Self::Equals,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator);
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/1` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1 {
        /// The `field` property.
        field: String = field("field", put),
        /// The `operator` property.
        operator: GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator = field("operator", put),
        /// The `value` property.
        value: String = field("value", put),
    }
    required(field = "field", operator = "operator", value = "value");
}
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/1/properties/operator` in the spec.
#[derive(Debug, Clone)]
pub enum GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator {
    /// `not_equals`
    NotEquals,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotEquals => "not_equals",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator {
    fn from(value: &str) -> Self {
        match value {
            "not_equals" => Self::NotEquals,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator);
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/1` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetV2WebhooksResponseDataItemSubscriptionFilterAnd {
        /// The `$and` property.
        and: Vec<GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem> = field("$and", put),
    }
    required(and = "$and");
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/id` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Id {
        /// Workspace that owns this webhook.
        workspace_id: String = field("workspace_id", put),
        /// Unique identifier of this webhook.
        webhook_id: String = field("webhook_id", put),
    }
    required(workspace_id = "workspace_id", webhook_id = "webhook_id");
}
/// Delivery state; only active and degraded webhooks get events.
#[derive(Debug, Clone)]
pub enum Status {
    /// `active`
    Active,
    /// `degraded`
    Degraded,
    /// `inactive`
    Inactive,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Status {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Degraded => "degraded",
            Self::Inactive => "inactive",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Status {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "degraded" => Self::Degraded,
            "inactive" => Self::Inactive,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Status);
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/post/requestBody/content/application~1json/schema` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PostV2WebhooksRequest {
        /// The `data` property.
        data: PostV2WebhooksRequestData = field("data", put),
    }
    required(data = "data");
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/post/requestBody/content/application~1json/schema/properties/data` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PostV2WebhooksRequestData {
        /// HTTPS address that receives event deliveries.
        target_url: String = field("target_url", put),
        /// Events the webhook listens to.
        subscriptions: Vec<GetV2WebhooksResponseDataItemSubscription> = field("subscriptions", put),
    }
    required(target_url = "target_url", subscriptions = "subscriptions");
}
rt::object! {
    /// The new webhook, including its signing secret.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PostV2WebhooksResponse {
        /// The `data` property.
        data: PostV2WebhooksResponseData = field("data", put),
    }
    required(data = "data");
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks/post/responses/200/content/application~1json/schema/properties/data` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PostV2WebhooksResponseData {
        /// HTTPS address that receives event deliveries.
        target_url: String = field("target_url", put),
        /// Events the webhook listens to.
        subscriptions: Vec<GetV2WebhooksResponseDataItemSubscription> = field("subscriptions", put),
        /// The `id` property.
        id: Id = field("id", put),
        /// Delivery state; only active and degraded webhooks get events.
        status: Status = field("status", put),
        /// Creation timestamp of the webhook.
        created_at: String = field("created_at", put),
        /// Signing key for event payloads, returned only on creation.
        secret: String = field("secret", put),
    }
    required(
        target_url = "target_url",
        subscriptions = "subscriptions",
        id = "id",
        status = "status",
        created_at = "created_at",
        secret = "secret",
    );
}
rt::object! {
    /// Returned when the request body fails validation.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PostV2WebhooksBadRequest {
        /// The `status_code` property.
        status_code: f64 = field("status_code", put),
        /// The `type` property.
        type_: Type = field("type", put),
        /// The `code` property.
        code: PostV2WebhooksBadRequestCode = field("code", put),
        /// The `message` property.
        message: String = field("message", put),
    }
    required(status_code = "status_code", type_ = "type", code = "code", message = "message");
}
/// The schema at `/paths/~1v2~1webhooks/post/responses/400/content/application~1json/schema/properties/type` in the spec.
#[derive(Debug, Clone)]
pub enum Type {
    /// `invalid_request_error`
    InvalidRequestError,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Type {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidRequestError => "invalid_request_error",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Type {
    fn from(value: &str) -> Self {
        match value {
            "invalid_request_error" => Self::InvalidRequestError,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Type);
/// The schema at `/paths/~1v2~1webhooks/post/responses/400/content/application~1json/schema/properties/code` in the spec.
#[derive(Debug, Clone)]
pub enum PostV2WebhooksBadRequestCode {
    /// `validation_type`
    ValidationType,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl PostV2WebhooksBadRequestCode {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ValidationType => "validation_type",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for PostV2WebhooksBadRequestCode {
    fn from(value: &str) -> Self {
        match value {
            "validation_type" => Self::ValidationType,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(PostV2WebhooksBadRequestCode);
rt::object! {
    /// The requested webhook.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetV2WebhooksWebhookIdResponse {
        /// The `data` property.
        data: GetV2WebhooksResponseDataItem = field("data", put),
    }
    required(data = "data");
}
rt::object! {
    /// Returned when no webhook has the given ID.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GetV2WebhooksWebhookIdNotFound {
        /// The `status_code` property.
        status_code: f64 = field("status_code", put),
        /// The `type` property.
        type_: Type = field("type", put),
        /// The `code` property.
        code: Code = field("code", put),
        /// The `message` property.
        message: String = field("message", put),
    }
    required(status_code = "status_code", type_ = "type", code = "code", message = "message");
}
/// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/get/responses/404/content/application~1json/schema/properties/code` in the spec.
#[derive(Debug, Clone)]
pub enum Code {
    /// `not_found`
    NotFound,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl Code {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotFound => "not_found",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Code {
    fn from(value: &str) -> Self {
        match value {
            "not_found" => Self::NotFound,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(Code);
/// Returned when no webhook has the given ID.
pub type DeleteV2WebhooksWebhookIdNotFound = GetV2WebhooksWebhookIdNotFound;
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/patch/requestBody/content/application~1json/schema` in the spec.
    #[derive(Debug, Clone, PartialEq)]
    pub struct PatchV2WebhooksWebhookIdRequest {
        /// The `data` property.
        data: PatchV2WebhooksWebhookIdRequestData = field("data", put),
    }
    required(data = "data");
}
rt::object! {
    /// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/patch/requestBody/content/application~1json/schema/properties/data` in the spec.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PatchV2WebhooksWebhookIdRequestData {
        /// HTTPS address that receives event deliveries.
        target_url: Option<String> = optional("target_url", set),
        /// Events the webhook listens to.
        subscriptions: Option<Vec<GetV2WebhooksResponseDataItemSubscription>> = optional("subscriptions", set),
    }
    required();
}
/// The webhook after the update.
pub type PatchV2WebhooksWebhookIdResponse = GetV2WebhooksWebhookIdResponse;
/// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/patch/responses/200/content/application~1json/schema/properties/data` in the spec.
pub type PatchV2WebhooksWebhookIdResponseData = GetV2WebhooksResponseDataItem;
