// @generated
// Generated from tests/fixtures/types/unions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// The schema at `/components/schemas/PetPage` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct PetPage {
    /// The `items` property.
    pub items: Vec<PetAfter>,
    /// The `payment` property.
    pub payment: Option<PaymentMethod>,
    /// The `credential` property.
    pub credential: Option<Credential>,
    /// The `animal` property.
    pub animal: Option<Animal>,
    /// The `owner` property.
    pub owner: Option<Option<OwnerFilter>>,
    /// The `value` property.
    pub value: Option<Scalar>,
    /// The `shape` property.
    pub shape: Option<Shape>,
    /// The `event` property.
    pub event: Option<Event>,
    /// The `pet_after` property.
    pub pet_after: Option<PetAfter>,
    /// The `event_after` property.
    pub event_after: Option<EventAfter>,
    /// The `update` property.
    pub update: Option<ContactUpdate>,
}
impl ::serde::Serialize for PetPage {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("items", &self.items);
        map.optional("payment", &self.payment);
        map.optional("credential", &self.credential);
        map.optional("animal", &self.animal);
        map.optional("owner", &self.owner);
        map.optional("value", &self.value);
        map.optional("shape", &self.shape);
        map.optional("event", &self.event);
        map.optional("pet_after", &self.pet_after);
        map.optional("event_after", &self.event_after);
        map.optional("update", &self.update);
        map.end()
    }
}
rt::object_deserialize!(PetPage);
impl<'de> rt::FromMap<'de> for PetPage {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut items = None;
        let mut payment = None;
        let mut credential = None;
        let mut animal = None;
        let mut owner = None;
        let mut value = None;
        let mut shape = None;
        let mut event = None;
        let mut pet_after = None;
        let mut event_after = None;
        let mut update = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "items" => map.put(&mut items),
                "payment" => map.set(&mut payment),
                "credential" => map.set(&mut credential),
                "animal" => map.set(&mut animal),
                "owner" => map.put(&mut owner),
                "value" => map.set(&mut value),
                "shape" => map.set(&mut shape),
                "event" => map.set(&mut event),
                "pet_after" => map.set(&mut pet_after),
                "event_after" => map.set(&mut event_after),
                "update" => map.set(&mut update),
                _ => map.skip(),
            }
        }
        match items {
            Some(items) => {
                map.done(Self {
                    items,
                    payment,
                    credential,
                    animal,
                    owner,
                    value,
                    shape,
                    event,
                    pet_after,
                    event_after,
                    update,
                })
            }
            None => map.missing(&[("items", true)]),
        }
    }
}
/// The schema at `/components/schemas/Cat` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Cat {
    /// The `pet_type` property.
    pub pet_type: String,
    /// The `name` property.
    pub name: String,
    /// The `indoor` property.
    pub indoor: Option<bool>,
}
impl ::serde::Serialize for Cat {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("pet_type", &self.pet_type);
        map.field("name", &self.name);
        map.optional("indoor", &self.indoor);
        map.end()
    }
}
rt::object_deserialize!(Cat);
impl<'de> rt::FromMap<'de> for Cat {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut pet_type = None;
        let mut name = None;
        let mut indoor = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "pet_type" => map.put(&mut pet_type),
                "name" => map.put(&mut name),
                "indoor" => map.set(&mut indoor),
                _ => map.skip(),
            }
        }
        match (pet_type, name) {
            (Some(pet_type), Some(name)) => map.done(Self { pet_type, name, indoor }),
            (pet_type, name) => {
                map.missing(&[("pet_type", pet_type.is_none()), ("name", name.is_none())])
            }
        }
    }
}
/// The schema at `/components/schemas/Dog` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Dog {
    /// The `pet_type` property.
    pub pet_type: String,
    /// The `name` property.
    pub name: String,
    /// The `good_boy` property.
    pub good_boy: Option<bool>,
}
impl ::serde::Serialize for Dog {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("pet_type", &self.pet_type);
        map.field("name", &self.name);
        map.optional("good_boy", &self.good_boy);
        map.end()
    }
}
rt::object_deserialize!(Dog);
impl<'de> rt::FromMap<'de> for Dog {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut pet_type = None;
        let mut name = None;
        let mut good_boy = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "pet_type" => map.put(&mut pet_type),
                "name" => map.put(&mut name),
                "good_boy" => map.set(&mut good_boy),
                _ => map.skip(),
            }
        }
        match (pet_type, name) {
            (Some(pet_type), Some(name)) => map.done(Self { pet_type, name, good_boy }),
            (pet_type, name) => {
                map.missing(&[("pet_type", pet_type.is_none()), ("name", name.is_none())])
            }
        }
    }
}
/// The schema at `/components/schemas/Lizard` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Lizard {
    /// The `pet_type` property.
    pub pet_type: String,
    /// The `scales` property.
    pub scales: Option<i64>,
}
impl ::serde::Serialize for Lizard {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("pet_type", &self.pet_type);
        map.optional("scales", &self.scales);
        map.end()
    }
}
rt::object_deserialize!(Lizard);
impl<'de> rt::FromMap<'de> for Lizard {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut pet_type = None;
        let mut scales = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "pet_type" => map.put(&mut pet_type),
                "scales" => map.set(&mut scales),
                _ => map.skip(),
            }
        }
        match pet_type {
            Some(pet_type) => map.done(Self { pet_type, scales }),
            None => map.missing(&[("pet_type", true)]),
        }
    }
}
/// A discriminator without a mapping (values are the schema names).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Animal {
    /// `pet_type` is `Cat`.
    Cat(Cat),
    /// `pet_type` is `Dog`.
    Dog(Dog),
    /// A `pet_type` this version of the spec does not list, kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl<'de> ::serde::Deserialize<'de> for Animal {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("pet_type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("Cat") => {
                ::serde_json::from_value(value)
                    .map(Self::Cat)
                    .map_err(::serde::de::Error::custom)
            }
            Some("Dog") => {
                ::serde_json::from_value(value)
                    .map(Self::Dog)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
/// A union without a discriminator whose branches differ by required fields.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum PaymentMethod {
    /// A `Card`.
    Card(Card),
    /// A `BankAccount`.
    BankAccount(BankAccount),
}
impl<'de> ::serde::Deserialize<'de> for PaymentMethod {
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
        if let Ok(decoded) = ::serde_json::from_value::<Card>(value.clone()) {
            let score = keys
                .iter()
                .filter(|k| ["number", "exp_month", "exp_year"].contains(k))
                .count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::Card(decoded)));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<BankAccount>(value.clone()) {
            let score = keys.iter().filter(|k| ["iban", "bic"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::BankAccount(decoded)));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches none of the shapes of `PaymentMethod`",
            ))
    }
}
/// The schema at `/components/schemas/Card` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The `number` property.
    pub number: String,
    /// The `exp_month` property.
    pub exp_month: i64,
    /// The `exp_year` property.
    pub exp_year: i64,
}
impl ::serde::Serialize for Card {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("number", &self.number);
        map.field("exp_month", &self.exp_month);
        map.field("exp_year", &self.exp_year);
        map.end()
    }
}
rt::object_deserialize!(Card);
impl<'de> rt::FromMap<'de> for Card {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut number = None;
        let mut exp_month = None;
        let mut exp_year = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "number" => map.put(&mut number),
                "exp_month" => map.put(&mut exp_month),
                "exp_year" => map.put(&mut exp_year),
                _ => map.skip(),
            }
        }
        match (number, exp_month, exp_year) {
            (Some(number), Some(exp_month), Some(exp_year)) => {
                map.done(Self { number, exp_month, exp_year })
            }
            (number, exp_month, exp_year) => {
                map.missing(&[
                    ("number", number.is_none()),
                    ("exp_month", exp_month.is_none()),
                    ("exp_year", exp_year.is_none()),
                ])
            }
        }
    }
}
/// The schema at `/components/schemas/BankAccount` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct BankAccount {
    /// The `iban` property.
    pub iban: String,
    /// The `bic` property.
    pub bic: Option<String>,
}
impl ::serde::Serialize for BankAccount {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("iban", &self.iban);
        map.optional("bic", &self.bic);
        map.end()
    }
}
rt::object_deserialize!(BankAccount);
impl<'de> rt::FromMap<'de> for BankAccount {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut iban = None;
        let mut bic = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "iban" => map.put(&mut iban),
                "bic" => map.set(&mut bic),
                _ => map.skip(),
            }
        }
        match iban {
            Some(iban) => map.done(Self { iban, bic }),
            None => map.missing(&[("iban", true)]),
        }
    }
}
/// An implicit tag (a required `const` property in every branch).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Credential {
    /// `type` is `basic_auth`.
    CredentialBasicAuth(CredentialBasicAuth),
    /// `type` is `bearer_token`.
    CredentialBearerToken(CredentialBearerToken),
    /// A `type` this version of the spec does not list, kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl<'de> ::serde::Deserialize<'de> for Credential {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("basic_auth") => {
                ::serde_json::from_value(value)
                    .map(Self::CredentialBasicAuth)
                    .map_err(::serde::de::Error::custom)
            }
            Some("bearer_token") => {
                ::serde_json::from_value(value)
                    .map(Self::CredentialBearerToken)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
/// A uuid, a list of uuids, or null.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum OwnerFilter {
    /// A `String`.
    String(String),
    /// A `StringList`.
    StringList(Vec<String>),
}
/// Scalar branches.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    /// A `String`.
    String(String),
    /// A `Integer`.
    Integer(i64),
    /// A `Boolean`.
    Boolean(bool),
    /// A `Number`.
    Number(f64),
}
/// Inline object branches, untagged.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Shape {
    /// A `ShapeRadius`.
    ShapeRadius(ShapeRadius),
    /// A `ShapeVariant1`.
    ShapeVariant1(ShapeVariant1),
}
impl<'de> ::serde::Deserialize<'de> for Shape {
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
        if let Ok(decoded) = ::serde_json::from_value::<ShapeRadius>(value.clone()) {
            let score = keys.iter().filter(|k| ["radius"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::ShapeRadius(decoded)));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<ShapeVariant1>(value.clone()) {
            let score = keys.iter().filter(|k| ["width", "height"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::ShapeVariant1(decoded)));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches none of the shapes of `Shape`",
            ))
    }
}
/// A discriminator whose branches declare the tag as a string enum.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Event {
    /// `event_type` is `record.created` or `record.restored`.
    CreatedEvent(CreatedEvent),
    /// `event_type` is `record.deleted`.
    DeletedEvent(DeletedEvent),
    /// A `event_type` this version of the spec does not list, kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl<'de> ::serde::Deserialize<'de> for Event {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("event_type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("record.created" | "record.restored") => {
                ::serde_json::from_value(value)
                    .map(Self::CreatedEvent)
                    .map_err(::serde::de::Error::custom)
            }
            Some("record.deleted") => {
                ::serde_json::from_value(value)
                    .map(Self::DeletedEvent)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
/// The schema at `/components/schemas/CreatedEvent` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatedEvent {
    /// The `event_type` property.
    pub event_type: CreatedEventEventType,
    /// The `id` property.
    pub id: String,
}
impl ::serde::Serialize for CreatedEvent {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("event_type", &self.event_type);
        map.field("id", &self.id);
        map.end()
    }
}
rt::object_deserialize!(CreatedEvent);
impl<'de> rt::FromMap<'de> for CreatedEvent {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut event_type = None;
        let mut id = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "event_type" => map.put(&mut event_type),
                "id" => map.put(&mut id),
                _ => map.skip(),
            }
        }
        match (event_type, id) {
            (Some(event_type), Some(id)) => map.done(Self { event_type, id }),
            (event_type, id) => {
                map.missing(&[("event_type", event_type.is_none()), ("id", id.is_none())])
            }
        }
    }
}
/// The schema at `/components/schemas/DeletedEvent` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedEvent {
    /// The `event_type` property.
    pub event_type: DeletedEventEventType,
    /// The `id` property.
    pub id: String,
    /// The `hard` property.
    pub hard: Option<bool>,
}
impl ::serde::Serialize for DeletedEvent {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("event_type", &self.event_type);
        map.field("id", &self.id);
        map.optional("hard", &self.hard);
        map.end()
    }
}
rt::object_deserialize!(DeletedEvent);
impl<'de> rt::FromMap<'de> for DeletedEvent {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut event_type = None;
        let mut id = None;
        let mut hard = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "event_type" => map.put(&mut event_type),
                "id" => map.put(&mut id),
                "hard" => map.set(&mut hard),
                _ => map.skip(),
            }
        }
        match (event_type, id) {
            (Some(event_type), Some(id)) => map.done(Self { event_type, id, hard }),
            (event_type, id) => {
                map.missing(&[("event_type", event_type.is_none()), ("id", id.is_none())])
            }
        }
    }
}
/// A tagged union with a discriminator and a mapping (declared after its branches; see types-pending/union_mapping_declared_first.yaml).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum PetAfter {
    /// `pet_type` is `cat`.
    Cat(Cat),
    /// `pet_type` is `dog`.
    Dog(Dog),
    /// `pet_type` is `lizard` or `gecko`.
    Lizard(Lizard),
    /// A `pet_type` this version of the spec does not list, kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl<'de> ::serde::Deserialize<'de> for PetAfter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("pet_type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("cat") => {
                ::serde_json::from_value(value)
                    .map(Self::Cat)
                    .map_err(::serde::de::Error::custom)
            }
            Some("dog") => {
                ::serde_json::from_value(value)
                    .map(Self::Dog)
                    .map_err(::serde::de::Error::custom)
            }
            Some("lizard" | "gecko") => {
                ::serde_json::from_value(value)
                    .map(Self::Lizard)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
/// The same union as Event, declared after its branches.
pub type EventAfter = Event;
/// An untagged union whose branches have only optional properties.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum ContactUpdate {
    /// A `NameUpdate`.
    NameUpdate(NameUpdate),
    /// A `EmailUpdate`.
    EmailUpdate(EmailUpdate),
}
impl<'de> ::serde::Deserialize<'de> for ContactUpdate {
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
        if let Ok(decoded) = ::serde_json::from_value::<NameUpdate>(value.clone()) {
            let score = keys
                .iter()
                .filter(|k| ["first_name", "last_name"].contains(k))
                .count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::NameUpdate(decoded)));
            }
        }
        if let Ok(decoded) = ::serde_json::from_value::<EmailUpdate>(value.clone()) {
            let score = keys.iter().filter(|k| ["email"].contains(k)).count();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, Self::EmailUpdate(decoded)));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches none of the shapes of `ContactUpdate`",
            ))
    }
}
/// The schema at `/components/schemas/NameUpdate` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NameUpdate {
    /// The `first_name` property.
    pub first_name: Option<String>,
    /// The `last_name` property.
    pub last_name: Option<String>,
}
impl ::serde::Serialize for NameUpdate {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("first_name", &self.first_name);
        map.optional("last_name", &self.last_name);
        map.end()
    }
}
rt::object_deserialize!(NameUpdate);
impl<'de> rt::FromMap<'de> for NameUpdate {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "first_name" => map.set(&mut value.first_name),
                "last_name" => map.set(&mut value.last_name),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/EmailUpdate` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmailUpdate {
    /// The `email` property.
    pub email: Option<String>,
}
impl ::serde::Serialize for EmailUpdate {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("email", &self.email);
        map.end()
    }
}
rt::object_deserialize!(EmailUpdate);
impl<'de> rt::FromMap<'de> for EmailUpdate {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "email" => map.set(&mut value.email),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// BasicAuth
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialBasicAuth {
    /// The `type` property.
    pub type_: CredentialBasicAuthType,
    /// The `username` property.
    pub username: String,
    /// The `password` property.
    pub password: String,
}
impl ::serde::Serialize for CredentialBasicAuth {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("username", &self.username);
        map.field("password", &self.password);
        map.end()
    }
}
rt::object_deserialize!(CredentialBasicAuth);
impl<'de> rt::FromMap<'de> for CredentialBasicAuth {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut username = None;
        let mut password = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "username" => map.put(&mut username),
                "password" => map.put(&mut password),
                _ => map.skip(),
            }
        }
        match (type_, username, password) {
            (Some(type_), Some(username), Some(password)) => {
                map.done(Self { type_, username, password })
            }
            (type_, username, password) => {
                map.missing(&[
                    ("type", type_.is_none()),
                    ("username", username.is_none()),
                    ("password", password.is_none()),
                ])
            }
        }
    }
}
/// The schema at `/components/schemas/Credential/oneOf/0/properties/type` in the spec.
#[derive(Debug, Clone)]
pub enum CredentialBasicAuthType {
    /// `basic_auth`
    BasicAuth,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl CredentialBasicAuthType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BasicAuth => "basic_auth",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for CredentialBasicAuthType {
    fn from(value: &str) -> Self {
        match value {
            "basic_auth" => Self::BasicAuth,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(CredentialBasicAuthType);
/// BearerToken
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialBearerToken {
    /// The `type` property.
    pub type_: CredentialBearerTokenType,
    /// The `token` property.
    pub token: String,
}
impl ::serde::Serialize for CredentialBearerToken {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("type", &self.type_);
        map.field("token", &self.token);
        map.end()
    }
}
rt::object_deserialize!(CredentialBearerToken);
impl<'de> rt::FromMap<'de> for CredentialBearerToken {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut token = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "type" => map.put(&mut type_),
                "token" => map.put(&mut token),
                _ => map.skip(),
            }
        }
        match (type_, token) {
            (Some(type_), Some(token)) => map.done(Self { type_, token }),
            (type_, token) => map.missing(&[("type", type_.is_none()), ("token", token.is_none())]),
        }
    }
}
/// The schema at `/components/schemas/Credential/oneOf/1/properties/type` in the spec.
#[derive(Debug, Clone)]
pub enum CredentialBearerTokenType {
    /// `bearer_token`
    BearerToken,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl CredentialBearerTokenType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BearerToken => "bearer_token",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for CredentialBearerTokenType {
    fn from(value: &str) -> Self {
        match value {
            "bearer_token" => Self::BearerToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(CredentialBearerTokenType);
/// The schema at `/components/schemas/Shape/anyOf/0` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapeRadius {
    /// The `radius` property.
    pub radius: f64,
}
impl ::serde::Serialize for ShapeRadius {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("radius", &self.radius);
        map.end()
    }
}
rt::object_deserialize!(ShapeRadius);
impl<'de> rt::FromMap<'de> for ShapeRadius {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut radius = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "radius" => map.put(&mut radius),
                _ => map.skip(),
            }
        }
        match radius {
            Some(radius) => map.done(Self { radius }),
            None => map.missing(&[("radius", true)]),
        }
    }
}
/// The schema at `/components/schemas/Shape/anyOf/1` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapeVariant1 {
    /// The `width` property.
    pub width: f64,
    /// The `height` property.
    pub height: f64,
}
impl ::serde::Serialize for ShapeVariant1 {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("width", &self.width);
        map.field("height", &self.height);
        map.end()
    }
}
rt::object_deserialize!(ShapeVariant1);
impl<'de> rt::FromMap<'de> for ShapeVariant1 {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut width = None;
        let mut height = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "width" => map.put(&mut width),
                "height" => map.put(&mut height),
                _ => map.skip(),
            }
        }
        match (width, height) {
            (Some(width), Some(height)) => map.done(Self { width, height }),
            (width, height) => {
                map.missing(&[("width", width.is_none()), ("height", height.is_none())])
            }
        }
    }
}
/// The schema at `/components/schemas/CreatedEvent/properties/event_type` in the spec.
#[derive(Debug, Clone)]
pub enum CreatedEventEventType {
    /// `record.created`
    RecordCreated,
    /// `record.restored`
    RecordRestored,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl CreatedEventEventType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RecordCreated => "record.created",
            Self::RecordRestored => "record.restored",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for CreatedEventEventType {
    fn from(value: &str) -> Self {
        match value {
            "record.created" => Self::RecordCreated,
            "record.restored" => Self::RecordRestored,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(CreatedEventEventType);
/// The schema at `/components/schemas/DeletedEvent/properties/event_type` in the spec.
#[derive(Debug, Clone)]
pub enum DeletedEventEventType {
    /// `record.deleted`
    RecordDeleted,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl DeletedEventEventType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RecordDeleted => "record.deleted",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for DeletedEventEventType {
    fn from(value: &str) -> Self {
        match value {
            "record.deleted" => Self::RecordDeleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(DeletedEventEventType);
/// The schema at `/paths/~1pets/get/parameters/0/schema` in the spec.
pub type ListPetsOwnerId = OwnerFilter;
