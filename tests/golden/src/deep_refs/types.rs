// @generated
// Generated from tests/fixtures/types/deep_refs.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/Webhooks` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhooks {
    /// The `results` property.
    pub results: Vec<Webhook>,
    /// The `legacy` property.
    pub legacy: Option<WebhookLegacy>,
    /// The `slashed` property.
    pub slashed: Option<AB>,
}
impl ::serde::Serialize for Webhooks {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("results", &self.results);
        map.optional("legacy", &self.legacy);
        map.optional("slashed", &self.slashed);
        map.end()
    }
}
rt::object_deserialize!(Webhooks);
impl<'de> rt::FromMap<'de> for Webhooks {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut results = None;
        let mut legacy = None;
        let mut slashed = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "results" => map.put(&mut results),
                "legacy" => map.set(&mut legacy),
                "slashed" => map.set(&mut slashed),
                _ => map.skip(),
            }
        }
        match results {
            Some(results) => map.done(Self { results, legacy, slashed }),
            None => map.missing(&[("results", true)]),
        }
    }
}
/// The schema at `/components/schemas/Webhook` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// The `id` property.
    pub id: String,
    /// The `companyId` property.
    pub company_id: CompanyId,
    /// The `notifiers` property.
    pub notifiers: Notifier,
    /// The `rule` property.
    pub rule: Option<Rule>,
    /// The `secondary` property.
    pub secondary: Option<WebhookNotifiers>,
    /// The `pageSize` property.
    pub page_size: Option<Limit>,
}
impl ::serde::Serialize for Webhook {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.field("companyId", &self.company_id);
        map.field("notifiers", &self.notifiers);
        map.optional("rule", &self.rule);
        map.optional("secondary", &self.secondary);
        map.optional("pageSize", &self.page_size);
        map.end()
    }
}
rt::object_deserialize!(Webhook);
impl<'de> rt::FromMap<'de> for Webhook {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut company_id = None;
        let mut notifiers = None;
        let mut rule = None;
        let mut secondary = None;
        let mut page_size = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                "companyId" => map.put(&mut company_id),
                "notifiers" => map.put(&mut notifiers),
                "rule" => map.set(&mut rule),
                "secondary" => map.set(&mut secondary),
                "pageSize" => map.set(&mut page_size),
                _ => map.skip(),
            }
        }
        match (id, company_id, notifiers) {
            (Some(id), Some(company_id), Some(notifiers)) => {
                map.done(Self { id, company_id, notifiers, rule, secondary, page_size })
            }
            (id, company_id, notifiers) => {
                map.missing(&[
                    ("id", id.is_none()),
                    ("companyId", company_id.is_none()),
                    ("notifiers", notifiers.is_none()),
                ])
            }
        }
    }
}
/// The schema at `/components/schemas/Webhook Legacy` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookLegacy {
    /// The `url` property.
    pub url: Option<String>,
    /// The `events` property.
    pub events: Option<Type>,
}
impl ::serde::Serialize for WebhookLegacy {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("url", &self.url);
        map.optional("events", &self.events);
        map.end()
    }
}
rt::object_deserialize!(WebhookLegacy);
impl<'de> rt::FromMap<'de> for WebhookLegacy {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "url" => map.set(&mut value.url),
                "events" => map.set(&mut value.events),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/a~1b` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AB {
    /// The `c` property.
    pub c: Option<String>,
}
impl ::serde::Serialize for AB {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("c", &self.c);
        map.end()
    }
}
rt::object_deserialize!(AB);
impl<'de> rt::FromMap<'de> for AB {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "c" => map.set(&mut value.c),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/limit` in the spec.
pub type Limit = i64;
/// The schema at `/components/schemas/get_responses` in the spec.
pub type GetResponses = Webhooks;
/// The schema at `/components/schemas/companyId` in the spec.
pub type CompanyId = String;
/// The schema at `/components/schemas/notifier` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notifier {
    /// The `emails` property.
    pub emails: Option<Vec<String>>,
    /// The `webhook` property.
    pub webhook: Option<String>,
}
impl ::serde::Serialize for Notifier {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("emails", &self.emails);
        map.optional("webhook", &self.webhook);
        map.end()
    }
}
rt::object_deserialize!(Notifier);
impl<'de> rt::FromMap<'de> for Notifier {
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
/// The schema at `/components/schemas/rule` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// The `type` property.
    pub type_: String,
    /// The `notifiers` property.
    pub notifiers: Option<Notifier>,
}
impl ::serde::Serialize for Rule {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.optional("notifiers", &self.notifiers);
        map.end()
    }
}
rt::object_deserialize!(Rule);
impl<'de> rt::FromMap<'de> for Rule {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut notifiers = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "notifiers" => map.set(&mut notifiers),
                _ => map.skip(),
            }
        }
        match type_ {
            Some(type_) => map.done(Self { type_, notifiers }),
            None => map.missing(&[("type", true)]),
        }
    }
}
/// The schema at `/components/schemas/Webhook_notifiers` in the spec.
pub type WebhookNotifiers = Notifier;
/// The schema at `/components/schemas/type` in the spec.
pub type Type = String;
