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
rt::tagged_union! {
    /// A discriminator without a mapping (values are the schema names).
    pub enum Animal("pet_type") {
        /// `pet_type` is `Cat`.
        Cat(Cat) = ["Cat"],
        /// `pet_type` is `Dog`.
        Dog(Dog) = ["Dog"],
    }
}
rt::scored_union! {
    /// A union without a discriminator whose branches differ by required fields.
    pub enum PaymentMethod {
        /// A `Card`.
        Card(Card) = ["number", "exp_month", "exp_year"],
        /// A `BankAccount`.
        BankAccount(BankAccount) = ["iban", "bic"],
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
rt::tagged_union! {
    /// An implicit tag (a required `const` property in every branch).
    pub enum Credential("type") {
        /// `type` is `basic_auth`.
        CredentialBasicAuth(CredentialBasicAuth) = ["basic_auth"],
        /// `type` is `bearer_token`.
        CredentialBearerToken(CredentialBearerToken) = ["bearer_token"],
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
rt::scored_union! {
    /// Inline object branches, untagged.
    pub enum Shape {
        /// A `ShapeRadius`.
        ShapeRadius(ShapeRadius) = ["radius"],
        /// A `ShapeVariant1`.
        ShapeVariant1(ShapeVariant1) = ["width", "height"],
    }
}
rt::tagged_union! {
    /// A discriminator whose branches declare the tag as a string enum.
    pub enum Event("event_type") {
        /// `event_type` is `record.created` or `record.restored`.
        CreatedEvent(CreatedEvent) = ["record.created", "record.restored"],
        /// `event_type` is `record.deleted`.
        DeletedEvent(DeletedEvent) = ["record.deleted"],
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
rt::tagged_union! {
    /// A tagged union with a discriminator and a mapping (declared after its branches; see types-pending/union_mapping_declared_first.yaml).
    pub enum PetAfter("pet_type") {
        /// `pet_type` is `cat`.
        Cat(Cat) = ["cat"],
        /// `pet_type` is `dog`.
        Dog(Dog) = ["dog"],
        /// `pet_type` is `lizard` or `gecko`.
        Lizard(Lizard) = ["lizard", "gecko"],
    }
}
/// The same union as Event, declared after its branches.
pub type EventAfter = Event;
rt::scored_union! {
    /// An untagged union whose branches have only optional properties.
    pub enum ContactUpdate {
        /// A `NameUpdate`.
        NameUpdate(NameUpdate) = ["first_name", "last_name"],
        /// A `EmailUpdate`.
        EmailUpdate(EmailUpdate) = ["email"],
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
