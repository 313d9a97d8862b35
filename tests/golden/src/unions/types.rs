// @generated
// Generated from tests/fixtures/types/unions.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
/// The schema at `/components/schemas/PetPage` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PetPage {
    /// The `items` property.
    pub items: Vec<PetAfter>,
    /// The `payment` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentMethod>,
    /// The `credential` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<Credential>,
    /// The `animal` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub animal: Option<Animal>,
    /// The `owner` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::double_option",
    )]
    pub owner: Option<Option<OwnerFilter>>,
    /// The `value` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Scalar>,
    /// The `shape` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shape: Option<Shape>,
    /// The `event` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Event>,
    /// The `pet_after` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pet_after: Option<PetAfter>,
    /// The `event_after` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_after: Option<EventAfter>,
    /// The `update` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update: Option<ContactUpdate>,
}
/// The schema at `/components/schemas/Cat` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Cat {
    /// The `pet_type` property.
    pub pet_type: String,
    /// The `name` property.
    pub name: String,
    /// The `indoor` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indoor: Option<bool>,
}
/// The schema at `/components/schemas/Dog` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Dog {
    /// The `pet_type` property.
    pub pet_type: String,
    /// The `name` property.
    pub name: String,
    /// The `good_boy` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good_boy: Option<bool>,
}
/// The schema at `/components/schemas/Lizard` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Lizard {
    /// The `pet_type` property.
    pub pet_type: String,
    /// The `scales` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scales: Option<i64>,
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Card {
    /// The `number` property.
    pub number: String,
    /// The `exp_month` property.
    pub exp_month: i64,
    /// The `exp_year` property.
    pub exp_year: i64,
}
/// The schema at `/components/schemas/BankAccount` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BankAccount {
    /// The `iban` property.
    pub iban: String,
    /// The `bic` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatedEvent {
    /// The `event_type` property.
    pub event_type: CreatedEventEventType,
    /// The `id` property.
    pub id: String,
}
/// The schema at `/components/schemas/DeletedEvent` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeletedEvent {
    /// The `event_type` property.
    pub event_type: DeletedEventEventType,
    /// The `id` property.
    pub id: String,
    /// The `hard` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hard: Option<bool>,
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum EventAfter {
    /// `event_type` is `record.created` or `record.restored`.
    CreatedEvent(CreatedEvent),
    /// `event_type` is `record.deleted`.
    DeletedEvent(DeletedEvent),
    /// A `event_type` this version of the spec does not list, kept as raw JSON.
    Unknown(::serde_json::Value),
}
impl<'de> ::serde::Deserialize<'de> for EventAfter {
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
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NameUpdate {
    /// The `first_name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The `last_name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}
/// The schema at `/components/schemas/EmailUpdate` in the spec.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailUpdate {
    /// The `email` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
/// BasicAuth
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CredentialBasicAuth {
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: CredentialBasicAuthType,
    /// The `username` property.
    pub username: String,
    /// The `password` property.
    pub password: String,
}
/// The schema at `/components/schemas/Credential/oneOf/0/properties/type` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CredentialBearerToken {
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: CredentialBearerTokenType,
    /// The `token` property.
    pub token: String,
}
/// The schema at `/components/schemas/Credential/oneOf/1/properties/type` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ShapeRadius {
    /// The `radius` property.
    pub radius: f64,
}
/// The schema at `/components/schemas/Shape/anyOf/1` in the spec.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ShapeVariant1 {
    /// The `width` property.
    pub width: f64,
    /// The `height` property.
    pub height: f64,
}
/// The schema at `/components/schemas/CreatedEvent/properties/event_type` in the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ListPetsOwnerId {
    /// A `String`.
    String(String),
    /// A `StringList`.
    StringList(Vec<String>),
}
