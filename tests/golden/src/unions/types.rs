// @generated
// Generated from tests/fixtures/types/unions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::object! {
    /// The schema at `/components/schemas/PetPage` in the spec.
    pub struct PetPage {
        /// The `items` property.
        items: Vec<PetAfter> = field("items", must),
        /// The `payment` property.
        payment: Option<PaymentMethod> = optional("payment", set),
        /// The `credential` property.
        credential: Option<Credential> = optional("credential", set),
        /// The `animal` property.
        animal: Option<Animal> = optional("animal", set),
        /// The `owner` property.
        owner: Option<Option<OwnerFilter>> = optional("owner", put),
        /// The `value` property.
        value: Option<Scalar> = optional("value", set),
        /// The `shape` property.
        shape: Option<Shape> = optional("shape", set),
        /// The `event` property.
        event: Option<Event> = optional("event", set),
        /// The `pet_after` property.
        pet_after: Option<PetAfter> = optional("pet_after", set),
        /// The `event_after` property.
        event_after: Option<EventAfter> = optional("event_after", set),
        /// The `update` property.
        update: Option<ContactUpdate> = optional("update", set),
    }
    /// The schema at `/components/schemas/Cat` in the spec.
    pub struct Cat {
        /// The `pet_type` property.
        pet_type: String = field("pet_type", must),
        /// The `name` property.
        name: String = field("name", must),
        /// The `indoor` property.
        indoor: Option<bool> = optional("indoor", set),
    }
    /// The schema at `/components/schemas/Dog` in the spec.
    pub struct Dog {
        /// The `pet_type` property.
        pet_type: String = field("pet_type", must),
        /// The `name` property.
        name: String = field("name", must),
        /// The `good_boy` property.
        good_boy: Option<bool> = optional("good_boy", set),
    }
    /// The schema at `/components/schemas/Lizard` in the spec.
    pub struct Lizard {
        /// The `pet_type` property.
        pet_type: String = field("pet_type", must),
        /// The `scales` property.
        scales: Option<i64> = optional("scales", set),
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
rt::object! {
    /// The schema at `/components/schemas/Card` in the spec.
    pub struct Card {
        /// The `number` property.
        number: String = field("number", must),
        /// The `exp_month` property.
        exp_month: i64 = field("exp_month", must),
        /// The `exp_year` property.
        exp_year: i64 = field("exp_year", must),
    }
    /// The schema at `/components/schemas/BankAccount` in the spec.
    pub struct BankAccount {
        /// The `iban` property.
        iban: String = field("iban", must),
        /// The `bic` property.
        bic: Option<String> = optional("bic", set),
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
rt::object! {
    /// The schema at `/components/schemas/CreatedEvent` in the spec.
    pub struct CreatedEvent {
        /// The `event_type` property.
        event_type: CreatedEventEventType = field("event_type", must),
        /// The `id` property.
        id: String = field("id", must),
    }
    /// The schema at `/components/schemas/DeletedEvent` in the spec.
    pub struct DeletedEvent {
        /// The `event_type` property.
        event_type: DeletedEventEventType = field("event_type", must),
        /// The `id` property.
        id: String = field("id", must),
        /// The `hard` property.
        hard: Option<bool> = optional("hard", set),
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
rt::object! {
    /// The schema at `/components/schemas/NameUpdate` in the spec.
    #[derive(Default)]
    pub struct NameUpdate {
        /// The `first_name` property.
        first_name: Option<String> = optional("first_name", set),
        /// The `last_name` property.
        last_name: Option<String> = optional("last_name", set),
    }
    /// The schema at `/components/schemas/EmailUpdate` in the spec.
    #[derive(Default)]
    pub struct EmailUpdate {
        /// The `email` property.
        email: Option<String> = optional("email", set),
    }
    /// BasicAuth
    pub struct CredentialBasicAuth {
        /// The `type` property.
        type_: CredentialBasicAuthType = field("type", must),
        /// The `username` property.
        username: String = field("username", must),
        /// The `password` property.
        password: String = field("password", must),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/Credential/oneOf/0/properties/type` in the spec.
    pub enum CredentialBasicAuthType {
        /// `basic_auth`
        BasicAuth = "basic_auth",
    }
}
rt::object! {
    /// BearerToken
    pub struct CredentialBearerToken {
        /// The `type` property.
        type_: CredentialBearerTokenType = field("type", must),
        /// The `token` property.
        token: String = field("token", must),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/Credential/oneOf/1/properties/type` in the spec.
    pub enum CredentialBearerTokenType {
        /// `bearer_token`
        BearerToken = "bearer_token",
    }
}
rt::object! {
    /// The schema at `/components/schemas/Shape/anyOf/0` in the spec.
    pub struct ShapeRadius {
        /// The `radius` property.
        radius: f64 = field("radius", must),
    }
    /// The schema at `/components/schemas/Shape/anyOf/1` in the spec.
    pub struct ShapeVariant1 {
        /// The `width` property.
        width: f64 = field("width", must),
        /// The `height` property.
        height: f64 = field("height", must),
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/CreatedEvent/properties/event_type` in the spec.
    pub enum CreatedEventEventType {
        /// `record.created`
        RecordCreated = "record.created",
        /// `record.restored`
        RecordRestored = "record.restored",
    }
}
rt::string_enum! {
    /// The schema at `/components/schemas/DeletedEvent/properties/event_type` in the spec.
    pub enum DeletedEventEventType {
        /// `record.deleted`
        RecordDeleted = "record.deleted",
    }
}
/// The schema at `/paths/~1pets/get/parameters/0/schema` in the spec.
pub type ListPetsOwnerId = OwnerFilter;
