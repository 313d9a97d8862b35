// @generated
// Generated from specs/attio.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// A page of webhooks.
#[derive(Debug, Clone, PartialEq)]
pub struct GetV2WebhooksResponse {
    /// The `data` property.
    pub data: Vec<GetV2WebhooksResponseDataItem>,
}
impl ::serde::Serialize for GetV2WebhooksResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(GetV2WebhooksResponse);
impl<'de> rt::FromMap<'de> for GetV2WebhooksResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match data {
            Some(data) => map.done(Self { data }),
            None => map.missing(&[("data", true)]),
        }
    }
}
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct GetV2WebhooksResponseDataItem {
    /// HTTPS address that receives event deliveries.
    pub target_url: String,
    /// Events the webhook listens to.
    pub subscriptions: Vec<GetV2WebhooksResponseDataItemSubscription>,
    /// The `id` property.
    pub id: Id,
    /// Delivery state; only active and degraded webhooks get events.
    pub status: Status,
    /// Creation timestamp of the webhook.
    pub created_at: String,
}
impl ::serde::Serialize for GetV2WebhooksResponseDataItem {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("target_url", &self.target_url);
        map.field("subscriptions", &self.subscriptions);
        map.field("id", &self.id);
        map.field("status", &self.status);
        map.field("created_at", &self.created_at);
        map.end()
    }
}
rt::object_deserialize!(GetV2WebhooksResponseDataItem);
impl<'de> rt::FromMap<'de> for GetV2WebhooksResponseDataItem {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut target_url = None;
        let mut subscriptions = None;
        let mut id = None;
        let mut status = None;
        let mut created_at = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "target_url" => map.put(&mut target_url),
                "subscriptions" => map.put(&mut subscriptions),
                "id" => map.put(&mut id),
                "status" => map.put(&mut status),
                "created_at" => map.put(&mut created_at),
                _ => map.skip(),
            }
        }
        match (target_url, subscriptions, id, status, created_at) {
            (Some(target_url), Some(subscriptions), Some(id), Some(status), Some(created_at)) => {
                map.done(Self { target_url, subscriptions, id, status, created_at })
            }
            (target_url, subscriptions, id, status, created_at) => {
                map.missing(&[
                    ("target_url", target_url.is_none()),
                    ("subscriptions", subscriptions.is_none()),
                    ("id", id.is_none()),
                    ("status", status.is_none()),
                    ("created_at", created_at.is_none()),
                ])
            }
        }
    }
}
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct GetV2WebhooksResponseDataItemSubscription {
    /// Event kind this subscription listens for.
    pub event_type: GetV2WebhooksResponseDataItemSubscriptionEventType,
    /// Conditions an event must meet to be delivered; null matches every event.
    pub filter: Option<GetV2WebhooksResponseDataItemSubscriptionFilter>,
}
impl ::serde::Serialize for GetV2WebhooksResponseDataItemSubscription {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("event_type", &self.event_type);
        map.field("filter", &self.filter);
        map.end()
    }
}
rt::object_deserialize!(GetV2WebhooksResponseDataItemSubscription);
impl<'de> rt::FromMap<'de> for GetV2WebhooksResponseDataItemSubscription {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut event_type = None;
        let mut filter = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "event_type" => map.put(&mut event_type),
                "filter" => map.set(&mut filter),
                _ => map.skip(),
            }
        }
        match event_type {
            Some(event_type) => map.done(Self { event_type, filter }),
            None => map.missing(&[("event_type", true)]),
        }
    }
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
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct GetV2WebhooksResponseDataItemSubscriptionFilterOr {
    /// The `$or` property.
    pub or: Vec<GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem>,
}
impl ::serde::Serialize for GetV2WebhooksResponseDataItemSubscriptionFilterOr {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("$or", &self.or);
        map.end()
    }
}
rt::object_deserialize!(GetV2WebhooksResponseDataItemSubscriptionFilterOr);
impl<'de> rt::FromMap<'de> for GetV2WebhooksResponseDataItemSubscriptionFilterOr {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut or = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "$or" => map.put(&mut or),
                _ => map.skip(),
            }
        }
        match or {
            Some(or) => map.done(Self { or }),
            None => map.missing(&[("$or", true)]),
        }
    }
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
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/0` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0 {
    /// The `field` property.
    pub field: String,
    /// The `operator` property.
    pub operator: GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0Operator,
    /// The `value` property.
    pub value: String,
}
impl ::serde::Serialize for GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("field", &self.field);
        map.field("operator", &self.operator);
        map.field("value", &self.value);
        map.end()
    }
}
rt::object_deserialize!(GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0);
impl<'de> rt::FromMap<'de> for GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant0 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut field = None;
        let mut operator = None;
        let mut value = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "field" => map.put(&mut field),
                "operator" => map.put(&mut operator),
                "value" => map.put(&mut value),
                _ => map.skip(),
            }
        }
        match (field, operator, value) {
            (Some(field), Some(operator), Some(value)) => map.done(Self { field, operator, value }),
            (field, operator, value) => {
                map.missing(&[
                    ("field", field.is_none()),
                    ("operator", operator.is_none()),
                    ("value", value.is_none()),
                ])
            }
        }
    }
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
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/0/properties/$or/items/anyOf/1` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1 {
    /// The `field` property.
    pub field: String,
    /// The `operator` property.
    pub operator: GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1Operator,
    /// The `value` property.
    pub value: String,
}
impl ::serde::Serialize for GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("field", &self.field);
        map.field("operator", &self.operator);
        map.field("value", &self.value);
        map.end()
    }
}
rt::object_deserialize!(GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1);
impl<'de> rt::FromMap<'de> for GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItemVariant1 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut field = None;
        let mut operator = None;
        let mut value = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "field" => map.put(&mut field),
                "operator" => map.put(&mut operator),
                "value" => map.put(&mut value),
                _ => map.skip(),
            }
        }
        match (field, operator, value) {
            (Some(field), Some(operator), Some(value)) => map.done(Self { field, operator, value }),
            (field, operator, value) => {
                map.missing(&[
                    ("field", field.is_none()),
                    ("operator", operator.is_none()),
                    ("value", value.is_none()),
                ])
            }
        }
    }
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
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/subscriptions/items/properties/filter/anyOf/1` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct GetV2WebhooksResponseDataItemSubscriptionFilterAnd {
    /// The `$and` property.
    pub and: Vec<GetV2WebhooksResponseDataItemSubscriptionFilterOrOrItem>,
}
impl ::serde::Serialize for GetV2WebhooksResponseDataItemSubscriptionFilterAnd {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("$and", &self.and);
        map.end()
    }
}
rt::object_deserialize!(GetV2WebhooksResponseDataItemSubscriptionFilterAnd);
impl<'de> rt::FromMap<'de> for GetV2WebhooksResponseDataItemSubscriptionFilterAnd {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut and = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "$and" => map.put(&mut and),
                _ => map.skip(),
            }
        }
        match and {
            Some(and) => map.done(Self { and }),
            None => map.missing(&[("$and", true)]),
        }
    }
}
/// The schema at `/paths/~1v2~1webhooks/get/responses/200/content/application~1json/schema/properties/data/items/properties/id` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Id {
    /// Workspace that owns this webhook.
    pub workspace_id: String,
    /// Unique identifier of this webhook.
    pub webhook_id: String,
}
impl ::serde::Serialize for Id {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("workspace_id", &self.workspace_id);
        map.field("webhook_id", &self.webhook_id);
        map.end()
    }
}
rt::object_deserialize!(Id);
impl<'de> rt::FromMap<'de> for Id {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut workspace_id = None;
        let mut webhook_id = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "workspace_id" => map.put(&mut workspace_id),
                "webhook_id" => map.put(&mut webhook_id),
                _ => map.skip(),
            }
        }
        match (workspace_id, webhook_id) {
            (Some(workspace_id), Some(webhook_id)) => map.done(Self { workspace_id, webhook_id }),
            (workspace_id, webhook_id) => {
                map.missing(&[
                    ("workspace_id", workspace_id.is_none()),
                    ("webhook_id", webhook_id.is_none()),
                ])
            }
        }
    }
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
/// The schema at `/paths/~1v2~1webhooks/post/requestBody/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct PostV2WebhooksRequest {
    /// The `data` property.
    pub data: PostV2WebhooksRequestData,
}
impl ::serde::Serialize for PostV2WebhooksRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(PostV2WebhooksRequest);
impl<'de> rt::FromMap<'de> for PostV2WebhooksRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match data {
            Some(data) => map.done(Self { data }),
            None => map.missing(&[("data", true)]),
        }
    }
}
/// The schema at `/paths/~1v2~1webhooks/post/requestBody/content/application~1json/schema/properties/data` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct PostV2WebhooksRequestData {
    /// HTTPS address that receives event deliveries.
    pub target_url: String,
    /// Events the webhook listens to.
    pub subscriptions: Vec<GetV2WebhooksResponseDataItemSubscription>,
}
impl ::serde::Serialize for PostV2WebhooksRequestData {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("target_url", &self.target_url);
        map.field("subscriptions", &self.subscriptions);
        map.end()
    }
}
rt::object_deserialize!(PostV2WebhooksRequestData);
impl<'de> rt::FromMap<'de> for PostV2WebhooksRequestData {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut target_url = None;
        let mut subscriptions = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "target_url" => map.put(&mut target_url),
                "subscriptions" => map.put(&mut subscriptions),
                _ => map.skip(),
            }
        }
        match (target_url, subscriptions) {
            (Some(target_url), Some(subscriptions)) => map.done(Self { target_url, subscriptions }),
            (target_url, subscriptions) => {
                map.missing(&[
                    ("target_url", target_url.is_none()),
                    ("subscriptions", subscriptions.is_none()),
                ])
            }
        }
    }
}
/// The new webhook, including its signing secret.
#[derive(Debug, Clone, PartialEq)]
pub struct PostV2WebhooksResponse {
    /// The `data` property.
    pub data: PostV2WebhooksResponseData,
}
impl ::serde::Serialize for PostV2WebhooksResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(PostV2WebhooksResponse);
impl<'de> rt::FromMap<'de> for PostV2WebhooksResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match data {
            Some(data) => map.done(Self { data }),
            None => map.missing(&[("data", true)]),
        }
    }
}
/// The schema at `/paths/~1v2~1webhooks/post/responses/200/content/application~1json/schema/properties/data` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct PostV2WebhooksResponseData {
    /// HTTPS address that receives event deliveries.
    pub target_url: String,
    /// Events the webhook listens to.
    pub subscriptions: Vec<GetV2WebhooksResponseDataItemSubscription>,
    /// The `id` property.
    pub id: Id,
    /// Delivery state; only active and degraded webhooks get events.
    pub status: Status,
    /// Creation timestamp of the webhook.
    pub created_at: String,
    /// Signing key for event payloads, returned only on creation.
    pub secret: String,
}
impl ::serde::Serialize for PostV2WebhooksResponseData {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("target_url", &self.target_url);
        map.field("subscriptions", &self.subscriptions);
        map.field("id", &self.id);
        map.field("status", &self.status);
        map.field("created_at", &self.created_at);
        map.field("secret", &self.secret);
        map.end()
    }
}
rt::object_deserialize!(PostV2WebhooksResponseData);
impl<'de> rt::FromMap<'de> for PostV2WebhooksResponseData {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut target_url = None;
        let mut subscriptions = None;
        let mut id = None;
        let mut status = None;
        let mut created_at = None;
        let mut secret = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "target_url" => map.put(&mut target_url),
                "subscriptions" => map.put(&mut subscriptions),
                "id" => map.put(&mut id),
                "status" => map.put(&mut status),
                "created_at" => map.put(&mut created_at),
                "secret" => map.put(&mut secret),
                _ => map.skip(),
            }
        }
        match (target_url, subscriptions, id, status, created_at, secret) {
            (
                Some(target_url),
                Some(subscriptions),
                Some(id),
                Some(status),
                Some(created_at),
                Some(secret),
            ) => {
                map.done(Self { target_url, subscriptions, id, status, created_at, secret })
            }
            (target_url, subscriptions, id, status, created_at, secret) => {
                map.missing(&[
                    ("target_url", target_url.is_none()),
                    ("subscriptions", subscriptions.is_none()),
                    ("id", id.is_none()),
                    ("status", status.is_none()),
                    ("created_at", created_at.is_none()),
                    ("secret", secret.is_none()),
                ])
            }
        }
    }
}
/// Returned when the request body fails validation.
#[derive(Debug, Clone, PartialEq)]
pub struct PostV2WebhooksBadRequest {
    /// The `status_code` property.
    pub status_code: f64,
    /// The `type` property.
    pub type_: Type,
    /// The `code` property.
    pub code: PostV2WebhooksBadRequestCode,
    /// The `message` property.
    pub message: String,
}
impl ::serde::Serialize for PostV2WebhooksBadRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("status_code", &self.status_code);
        map.field("type", &self.type_);
        map.field("code", &self.code);
        map.field("message", &self.message);
        map.end()
    }
}
rt::object_deserialize!(PostV2WebhooksBadRequest);
impl<'de> rt::FromMap<'de> for PostV2WebhooksBadRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut status_code = None;
        let mut type_ = None;
        let mut code = None;
        let mut message = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "status_code" => map.put(&mut status_code),
                "type" => map.put(&mut type_),
                "code" => map.put(&mut code),
                "message" => map.put(&mut message),
                _ => map.skip(),
            }
        }
        match (status_code, type_, code, message) {
            (Some(status_code), Some(type_), Some(code), Some(message)) => {
                map.done(Self { status_code, type_, code, message })
            }
            (status_code, type_, code, message) => {
                map.missing(&[
                    ("status_code", status_code.is_none()),
                    ("type", type_.is_none()),
                    ("code", code.is_none()),
                    ("message", message.is_none()),
                ])
            }
        }
    }
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
/// The requested webhook.
#[derive(Debug, Clone, PartialEq)]
pub struct GetV2WebhooksWebhookIdResponse {
    /// The `data` property.
    pub data: GetV2WebhooksResponseDataItem,
}
impl ::serde::Serialize for GetV2WebhooksWebhookIdResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(GetV2WebhooksWebhookIdResponse);
impl<'de> rt::FromMap<'de> for GetV2WebhooksWebhookIdResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match data {
            Some(data) => map.done(Self { data }),
            None => map.missing(&[("data", true)]),
        }
    }
}
/// Returned when no webhook has the given ID.
#[derive(Debug, Clone, PartialEq)]
pub struct GetV2WebhooksWebhookIdNotFound {
    /// The `status_code` property.
    pub status_code: f64,
    /// The `type` property.
    pub type_: Type,
    /// The `code` property.
    pub code: Code,
    /// The `message` property.
    pub message: String,
}
impl ::serde::Serialize for GetV2WebhooksWebhookIdNotFound {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("status_code", &self.status_code);
        map.field("type", &self.type_);
        map.field("code", &self.code);
        map.field("message", &self.message);
        map.end()
    }
}
rt::object_deserialize!(GetV2WebhooksWebhookIdNotFound);
impl<'de> rt::FromMap<'de> for GetV2WebhooksWebhookIdNotFound {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut status_code = None;
        let mut type_ = None;
        let mut code = None;
        let mut message = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "status_code" => map.put(&mut status_code),
                "type" => map.put(&mut type_),
                "code" => map.put(&mut code),
                "message" => map.put(&mut message),
                _ => map.skip(),
            }
        }
        match (status_code, type_, code, message) {
            (Some(status_code), Some(type_), Some(code), Some(message)) => {
                map.done(Self { status_code, type_, code, message })
            }
            (status_code, type_, code, message) => {
                map.missing(&[
                    ("status_code", status_code.is_none()),
                    ("type", type_.is_none()),
                    ("code", code.is_none()),
                    ("message", message.is_none()),
                ])
            }
        }
    }
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
/// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/patch/requestBody/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchV2WebhooksWebhookIdRequest {
    /// The `data` property.
    pub data: PatchV2WebhooksWebhookIdRequestData,
}
impl ::serde::Serialize for PatchV2WebhooksWebhookIdRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("data", &self.data);
        map.end()
    }
}
rt::object_deserialize!(PatchV2WebhooksWebhookIdRequest);
impl<'de> rt::FromMap<'de> for PatchV2WebhooksWebhookIdRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut data = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "data" => map.put(&mut data),
                _ => map.skip(),
            }
        }
        match data {
            Some(data) => map.done(Self { data }),
            None => map.missing(&[("data", true)]),
        }
    }
}
/// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/patch/requestBody/content/application~1json/schema/properties/data` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PatchV2WebhooksWebhookIdRequestData {
    /// HTTPS address that receives event deliveries.
    pub target_url: Option<String>,
    /// Events the webhook listens to.
    pub subscriptions: Option<Vec<GetV2WebhooksResponseDataItemSubscription>>,
}
impl ::serde::Serialize for PatchV2WebhooksWebhookIdRequestData {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("target_url", &self.target_url);
        map.optional("subscriptions", &self.subscriptions);
        map.end()
    }
}
rt::object_deserialize!(PatchV2WebhooksWebhookIdRequestData);
impl<'de> rt::FromMap<'de> for PatchV2WebhooksWebhookIdRequestData {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "target_url" => map.set(&mut value.target_url),
                "subscriptions" => map.set(&mut value.subscriptions),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The webhook after the update.
pub type PatchV2WebhooksWebhookIdResponse = GetV2WebhooksWebhookIdResponse;
/// The schema at `/paths/~1v2~1webhooks~1{webhook_id}/patch/responses/200/content/application~1json/schema/properties/data` in the spec.
pub type PatchV2WebhooksWebhookIdResponseData = GetV2WebhooksResponseDataItem;
