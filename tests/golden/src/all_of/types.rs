// @generated
// Generated from tests/fixtures/types/all_of.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
#[cfg(feature = "all_of-invoices")]
/// The schema at `/components/schemas/Resource` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// The `id` property.
    ///
    /// Set by the server (read-only); never sent.
    pub id: Option<String>,
    /// The `created_at` property.
    ///
    /// Set by the server (read-only); never sent.
    pub created_at: Option<String>,
    /// The `updated_at` property.
    ///
    /// Set by the server (read-only); never sent.
    pub updated_at: Option<Option<String>>,
}
#[cfg(feature = "all_of-invoices")]
rt::object_serialize!(Resource);
#[cfg(feature = "all_of-invoices")]
impl rt::ser::WriteFields for Resource {
    fn write<M: ::serde::ser::SerializeMap>(&self, map: &mut rt::ser::Object<M>) {
        let _ = map;
    }
}
#[cfg(feature = "all_of-invoices")]
rt::object_deserialize!(Resource);
#[cfg(feature = "all_of-invoices")]
impl<'de> rt::FromMap<'de> for Resource {
    fn read_with<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
        other: rt::de::Other<'_, 'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut created_at = None;
        let mut updated_at = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut id),
                "created_at" => map.set(&mut created_at),
                "updated_at" => map.put(&mut updated_at),
                _ => map.offer(key, other),
            }
        }
        map.done(Self { id, created_at, updated_at })
    }
}
#[cfg(feature = "all_of-invoices")]
rt::object! {
    /// The schema at `/components/schemas/InvoiceCreate` in the spec.
    pub struct InvoiceCreate {
        /// The `customer_id` property.
        customer_id: String = field("customer_id", must),
        /// The `currency` property.
        currency: String = field("currency", must),
        /// The `memo` property.
        memo: Option<Option<String>> = optional("memo", put),
    }
}
#[cfg(feature = "all_of-invoices")]
/// Resource fields merged with the create fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Invoice {
    /// The properties of [`Resource`], which this schema extends (`allOf`): they
    /// read as this struct's own too (`Deref`).
    pub base: Resource,
    /// The `customer_id` property.
    pub customer_id: String,
    /// The `currency` property.
    pub currency: String,
    /// The `memo` property.
    pub memo: Option<Option<String>>,
    /// The `status` property.
    pub status: InvoiceStatus,
    /// The `total` property.
    pub total: Option<i64>,
}
#[cfg(feature = "all_of-invoices")]
rt::extends!(Invoice, base: Resource);
#[cfg(feature = "all_of-invoices")]
impl ::serde::Serialize for Invoice {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.extend(&self.base);
        map.field("customer_id", &self.customer_id);
        map.field("currency", &self.currency);
        map.optional("memo", &self.memo);
        map.field("status", &self.status);
        map.optional("total", &self.total);
        map.end()
    }
}
#[cfg(feature = "all_of-invoices")]
rt::object_deserialize!(Invoice);
#[cfg(feature = "all_of-invoices")]
impl<'de> rt::FromMap<'de> for Invoice {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut customer_id = None;
        let mut currency = None;
        let mut memo = None;
        let mut status = None;
        let mut total = None;
        let base = <Resource as rt::FromMap>::read_with(map, &mut |key, map| {
            match key.as_str() {
                "customer_id" => map.put(&mut customer_id),
                "currency" => map.put(&mut currency),
                "memo" => map.put(&mut memo),
                "status" => map.put(&mut status),
                "total" => map.set(&mut total),
                _ => return false,
            }
            true
        })?;
        match (customer_id, currency, status) {
            (Some(customer_id), Some(currency), Some(status)) => {
                map.done(Self { base, customer_id, currency, memo, status, total })
            }
            (customer_id, currency, status) => {
                map.missing(&[
                    ("customer_id", customer_id.is_none()),
                    ("currency", currency.is_none()),
                    ("status", status.is_none()),
                ])
            }
        }
    }
}
#[cfg(feature = "all_of-invoices")]
rt::object! {
    /// Nested allOf with a bare readOnly marker overriding an inherited property.
    pub struct InvoiceWithLines {
        /// The `id` property.
        ///
        /// Set by the server (read-only); never sent.
        id: Option<String> = skip("id", set),
        /// The `created_at` property.
        ///
        /// Set by the server (read-only); never sent.
        created_at: Option<String> = skip("created_at", set),
        /// The `updated_at` property.
        ///
        /// Set by the server (read-only); never sent.
        updated_at: Option<Option<String>> = skip("updated_at", put),
        /// The `customer_id` property.
        ///
        /// Set by the server (read-only); never sent.
        customer_id: Option<String> = skip("customer_id", set),
        /// The `currency` property.
        currency: String = field("currency", must),
        /// The `memo` property.
        memo: Option<Option<String>> = optional("memo", put),
        /// The `status` property.
        status: InvoiceStatus = field("status", must),
        /// The `total` property.
        total: Option<i64> = optional("total", set),
        /// The `lines` property.
        lines: Vec<Line> = field("lines", must),
    }
    /// The schema at `/components/schemas/Line` in the spec.
    pub struct Line {
        /// The `description` property.
        description: String = field("description", must),
        /// The `amount` property.
        amount: i64 = field("amount", must),
        /// A single-member allOf used to attach a description to a reference.
        discount: Option<Discount> = optional("discount", set),
    }
    /// The schema at `/components/schemas/Discount` in the spec.
    pub struct Discount {
        /// The `percent` property.
        percent: f64 = field("percent", must),
    }
}
#[cfg(feature = "all_of")]
rt::scored_union! {
    /// A union of two user shapes.
    pub enum User {
        /// A `AdminUser`.
        AdminUser(AdminUser) = ["id", "name", "role"],
        /// A `EndUser`.
        EndUser(EndUser) = ["id", "name", "organization_id"],
    }
}
#[cfg(feature = "all_of")]
rt::object! {
    /// The schema at `/components/schemas/AdminUser` in the spec.
    pub struct AdminUser {
        /// The `id` property.
        id: i64 = field("id", must),
        /// The `name` property.
        name: String = field("name", must),
        /// The `role` property.
        role: AdminUserRole = field("role", must),
    }
    /// The schema at `/components/schemas/EndUser` in the spec.
    pub struct EndUser {
        /// The `id` property.
        id: i64 = field("id", must),
        /// The `name` property.
        name: String = field("name", must),
        /// The `organization_id` property.
        organization_id: Option<Option<i64>> = optional("organization_id", put),
    }
}
#[cfg(feature = "all_of-me")]
rt::object! {
    /// allOf of a union component and an object (Zendesk's current-user response).
    #[derive(Default)]
    pub struct CurrentUser {
        /// The `locale` property.
        locale: Option<String> = optional("locale", set),
        /// The `authenticity_token` property.
        ///
        /// Set by the server (read-only); never sent.
        authenticity_token: Option<String> = skip("authenticity_token", set),
        ..additional_properties: ::serde_json::Value,
    }
}
#[cfg(feature = "all_of-targets")]
/// The schema at `/components/schemas/TargetCommon` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetCommon {
    /// The `id` property.
    ///
    /// Set by the server (read-only); never sent.
    pub id: Option<i64>,
    /// The `title` property.
    pub title: String,
    /// The `active` property.
    pub active: Option<bool>,
}
#[cfg(feature = "all_of-targets")]
rt::object_serialize!(TargetCommon);
#[cfg(feature = "all_of-targets")]
impl rt::ser::WriteFields for TargetCommon {
    fn write<M: ::serde::ser::SerializeMap>(&self, map: &mut rt::ser::Object<M>) {
        map.field("title", &self.title);
        map.optional("active", &self.active);
    }
}
#[cfg(feature = "all_of-targets")]
rt::object_deserialize!(TargetCommon);
#[cfg(feature = "all_of-targets")]
impl<'de> rt::FromMap<'de> for TargetCommon {
    fn read_with<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
        other: rt::de::Other<'_, 'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut title = None;
        let mut active = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut id),
                "title" => map.put(&mut title),
                "active" => map.set(&mut active),
                _ => map.offer(key, other),
            }
        }
        match title {
            Some(title) => map.done(Self { id, title, active }),
            None => map.missing(&[("title", true)]),
        }
    }
}
#[cfg(feature = "all_of")]
rt::object! {
    /// The schema at `/components/schemas/EmailTarget` in the spec.
    pub struct EmailTarget {
        /// The `email` property.
        email: String = field("email", must),
        /// The `subject` property.
        subject: Option<String> = optional("subject", set),
    }
    /// The schema at `/components/schemas/UrlTarget` in the spec.
    pub struct UrlTarget {
        /// The `target_url` property.
        target_url: String = field("target_url", must),
        /// The `method` property.
        method: Option<String> = optional("method", set),
    }
}
#[cfg(feature = "all_of-targets")]
/// allOf of an object and an inline anyOf (Zendesk's TargetObject).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// The properties of [`TargetCommon`], which this schema extends (`allOf`): they
    /// read as this struct's own too (`Deref`).
    pub base: TargetCommon,
    /// Properties not listed in the spec.
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "all_of-targets")]
rt::extends!(Target, base: TargetCommon);
#[cfg(feature = "all_of-targets")]
impl ::serde::Serialize for Target {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.extend(&self.base);
        map.flatten(&self.additional_properties);
        map.end()
    }
}
#[cfg(feature = "all_of-targets")]
rt::object_deserialize!(Target);
#[cfg(feature = "all_of-targets")]
impl<'de> rt::FromMap<'de> for Target {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut additional_properties = ::std::collections::BTreeMap::new();
        let base = <TargetCommon as rt::FromMap>::read_with(map, &mut |key, map| {
            map.keep(key, &mut additional_properties);
            true
        })?;
        map.done(Self { base, additional_properties })
    }
}
#[cfg(feature = "all_of")]
/// The same union with `additionalProperties` next to `anyOf` (Zendesk's UserObject).
pub type OpenUser = User;
#[cfg(feature = "all_of-me")]
/// allOf of that union and an object (Zendesk's CurrentUserResponse.user).
pub type CurrentUserOpen = CurrentUser;
#[cfg(feature = "all_of")]
/// The schema at `/components/schemas/Entity` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// The `key` property.
    pub key: String,
    /// The `version` property.
    pub version: Option<i64>,
}
#[cfg(feature = "all_of")]
rt::object_serialize!(Entity);
#[cfg(feature = "all_of")]
impl rt::ser::WriteFields for Entity {
    fn write<M: ::serde::ser::SerializeMap>(&self, map: &mut rt::ser::Object<M>) {
        map.field("key", &self.key);
        map.optional("version", &self.version);
    }
}
#[cfg(feature = "all_of")]
rt::object_deserialize!(Entity);
#[cfg(feature = "all_of")]
impl<'de> rt::FromMap<'de> for Entity {
    fn read_with<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
        other: rt::de::Other<'_, 'de, A>,
    ) -> Result<Self, A::Error> {
        let mut key_ = None;
        let mut version = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "key" => map.put(&mut key_),
                "version" => map.set(&mut version),
                _ => map.offer(key, other),
            }
        }
        match key_ {
            Some(key_) => map.done(Self { key: key_, version }),
            None => map.missing(&[("key", true)]),
        }
    }
}
#[cfg(feature = "all_of")]
/// Own properties listed before and after the component it extends.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// The `text` property.
    pub text: String,
    /// The properties of [`Entity`], which this schema extends (`allOf`): they
    /// read as this struct's own too (`Deref`).
    pub base: Entity,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}
#[cfg(feature = "all_of")]
rt::extends!(Note, base: Entity);
#[cfg(feature = "all_of")]
rt::object_serialize!(Note);
#[cfg(feature = "all_of")]
impl rt::ser::WriteFields for Note {
    fn write<M: ::serde::ser::SerializeMap>(&self, map: &mut rt::ser::Object<M>) {
        map.field("text", &self.text);
        map.extend(&self.base);
        map.optional("tags", &self.tags);
    }
}
#[cfg(feature = "all_of")]
rt::object_deserialize!(Note);
#[cfg(feature = "all_of")]
impl<'de> rt::FromMap<'de> for Note {
    fn read_with<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
        other: rt::de::Other<'_, 'de, A>,
    ) -> Result<Self, A::Error> {
        let mut text = None;
        let mut tags = None;
        let base = <Entity as rt::FromMap>::read_with(map, &mut |key, map| {
            match key.as_str() {
                "text" => map.put(&mut text),
                "tags" => map.set(&mut tags),
                _ => return other(key, map),
            }
            true
        })?;
        match text {
            Some(text) => map.done(Self { base, text, tags }),
            None => map.missing(&[("text", true)]),
        }
    }
}
#[cfg(feature = "all_of")]
/// Extends a schema that extends another.
#[derive(Debug, Clone, PartialEq)]
pub struct PinnedNote {
    /// The properties of [`Note`], which this schema extends (`allOf`): they
    /// read as this struct's own too (`Deref`).
    pub base: Note,
    /// The `pinned_at` property.
    pub pinned_at: String,
}
#[cfg(feature = "all_of")]
rt::extends!(PinnedNote, base: Note);
#[cfg(feature = "all_of")]
impl ::serde::Serialize for PinnedNote {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.extend(&self.base);
        map.field("pinned_at", &self.pinned_at);
        map.end()
    }
}
#[cfg(feature = "all_of")]
rt::object_deserialize!(PinnedNote);
#[cfg(feature = "all_of")]
impl<'de> rt::FromMap<'de> for PinnedNote {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut pinned_at = None;
        let base = <Note as rt::FromMap>::read_with(map, &mut |key, map| {
            match key.as_str() {
                "pinned_at" => map.put(&mut pinned_at),
                _ => return false,
            }
            true
        })?;
        match pinned_at {
            Some(pinned_at) => map.done(Self { base, pinned_at }),
            None => map.missing(&[("pinned_at", true)]),
        }
    }
}
#[cfg(feature = "all_of")]
rt::object! {
    /// Extends Entity, kept flat by `x-rust-flatten`.
    pub struct FlatNote {
        /// The `key` property.
        key: String = field("key", must),
        /// The `version` property.
        version: Option<i64> = optional("version", set),
        /// The `text` property.
        text: Option<String> = optional("text", set),
    }
}
#[cfg(feature = "all_of-invoices")]
rt::string_enum! {
    /// The schema at `/components/schemas/Invoice/properties/status` in the spec.
    pub enum InvoiceStatus {
        /// `draft`
        Draft = "draft",
        /// `open`
        Open = "open",
        /// `paid`
        Paid = "paid",
    }
}
#[cfg(feature = "all_of")]
rt::string_enum! {
    /// The schema at `/components/schemas/AdminUser/properties/role` in the spec.
    pub enum AdminUserRole {
        /// `admin`
        Admin = "admin",
        /// `agent`
        Agent = "agent",
    }
}
