// @generated
// Generated from tests/fixtures/types/inline_naming.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
/// An object property and an array property whose singular is the same name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The `error` property.
    pub error: Option<ProblemError>,
    /// The `errors` property.
    pub errors: Option<Vec<ProblemErrorsItem>>,
}
impl ::serde::Serialize for Problem {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("error", &self.error);
        map.optional("errors", &self.errors);
        map.end()
    }
}
rt::object_deserialize!(Problem);
impl<'de> rt::FromMap<'de> for Problem {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "error" => map.set(&mut value.error),
                "errors" => map.set(&mut value.errors),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Problem/properties/error` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProblemError {
    /// The `message` property.
    pub message: Option<String>,
}
impl ::serde::Serialize for ProblemError {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("message", &self.message);
        map.end()
    }
}
rt::object_deserialize!(ProblemError);
impl<'de> rt::FromMap<'de> for ProblemError {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "message" => map.set(&mut value.message),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/components/schemas/Problem/properties/errors/items` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProblemErrorsItem {
    /// The `field` property.
    pub field: Option<String>,
}
impl ::serde::Serialize for ProblemErrorsItem {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("field", &self.field);
        map.end()
    }
}
rt::object_deserialize!(ProblemErrorsItem);
impl<'de> rt::FromMap<'de> for ProblemErrorsItem {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "field" => map.set(&mut value.field),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1orders/get/parameters/0/schema` in the spec.
#[derive(Debug, Clone)]
pub enum ListOrdersStatus {
    /// `pending`
    Pending,
    /// `shipped`
    Shipped,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ListOrdersStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Shipped => "shipped",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ListOrdersStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "shipped" => Self::Shipped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(ListOrdersStatus);
/// The schema at `/paths/~1orders/get/parameters/1/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrdersFilter {
    /// The `customer` property.
    pub customer: Option<String>,
}
impl ::serde::Serialize for ListOrdersFilter {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("customer", &self.customer);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersFilter);
impl<'de> rt::FromMap<'de> for ListOrdersFilter {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "customer" => map.set(&mut value.customer),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrdersResponse {
    /// The `data` property.
    pub data: Vec<ListOrdersResponseDataItem>,
    /// The `categories` property.
    pub categories: Option<Vec<ListOrdersResponseCategory>>,
}
impl ::serde::Serialize for ListOrdersResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("data", &self.data);
        map.optional("categories", &self.categories);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersResponse);
impl<'de> rt::FromMap<'de> for ListOrdersResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut data = None;
        let mut categories = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "data" => map.put(&mut data),
                "categories" => map.set(&mut categories),
                _ => map.skip(),
            }
        }
        match data {
            Some(data) => map.done(Self { data, categories }),
            None => map.missing(&[("data", true)]),
        }
    }
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrdersResponseDataItem {
    /// The `id` property.
    pub id: String,
    /// The `shipping` property.
    pub shipping: ListOrdersResponseDataItemShipping,
    /// The `billing` property.
    pub billing: Option<ListOrdersResponseDataItemBilling>,
    /// The `entries` property.
    pub entries: Option<Vec<ListOrdersResponseDataItemEntry>>,
}
impl ::serde::Serialize for ListOrdersResponseDataItem {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("id", &self.id);
        map.field("shipping", &self.shipping);
        map.optional("billing", &self.billing);
        map.optional("entries", &self.entries);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersResponseDataItem);
impl<'de> rt::FromMap<'de> for ListOrdersResponseDataItem {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut shipping = None;
        let mut billing = None;
        let mut entries = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.put(&mut id),
                "shipping" => map.put(&mut shipping),
                "billing" => map.set(&mut billing),
                "entries" => map.set(&mut entries),
                _ => map.skip(),
            }
        }
        match (id, shipping) {
            (Some(id), Some(shipping)) => map.done(Self { id, shipping, billing, entries }),
            (id, shipping) => {
                map.missing(&[("id", id.is_none()), ("shipping", shipping.is_none())])
            }
        }
    }
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrdersResponseDataItemShipping {
    /// The `address` property.
    pub address: Address,
    /// The `carrier` property.
    pub carrier: Option<ListOrdersResponseDataItemShippingCarrier>,
}
impl ::serde::Serialize for ListOrdersResponseDataItemShipping {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("address", &self.address);
        map.optional("carrier", &self.carrier);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersResponseDataItemShipping);
impl<'de> rt::FromMap<'de> for ListOrdersResponseDataItemShipping {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut carrier = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "address" => map.put(&mut address),
                "carrier" => map.set(&mut carrier),
                _ => map.skip(),
            }
        }
        match address {
            Some(address) => map.done(Self { address, carrier }),
            None => map.missing(&[("address", true)]),
        }
    }
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping/properties/address` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Address {
    /// The `line1` property.
    pub line1: Option<String>,
}
impl ::serde::Serialize for Address {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("line1", &self.line1);
        map.end()
    }
}
rt::object_deserialize!(Address);
impl<'de> rt::FromMap<'de> for Address {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "line1" => map.set(&mut value.line1),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/shipping/properties/carrier` in the spec.
#[derive(Debug, Clone)]
pub enum ListOrdersResponseDataItemShippingCarrier {
    /// `ups`
    Ups,
    /// `dhl`
    Dhl,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ListOrdersResponseDataItemShippingCarrier {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ups => "ups",
            Self::Dhl => "dhl",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for ListOrdersResponseDataItemShippingCarrier {
    fn from(value: &str) -> Self {
        match value {
            "ups" => Self::Ups,
            "dhl" => Self::Dhl,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::runtime::string_enum_impls!(ListOrdersResponseDataItemShippingCarrier);
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/billing` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrdersResponseDataItemBilling {
    /// The `address` property.
    pub address: Option<Address>,
}
impl ::serde::Serialize for ListOrdersResponseDataItemBilling {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("address", &self.address);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersResponseDataItemBilling);
impl<'de> rt::FromMap<'de> for ListOrdersResponseDataItemBilling {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "address" => map.set(&mut value.address),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/data/items/properties/entries/items` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrdersResponseDataItemEntry {
    /// The `sku` property.
    pub sku: Option<String>,
}
impl ::serde::Serialize for ListOrdersResponseDataItemEntry {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("sku", &self.sku);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersResponseDataItemEntry);
impl<'de> rt::FromMap<'de> for ListOrdersResponseDataItemEntry {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "sku" => map.set(&mut value.sku),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1orders/get/responses/200/content/application~1json/schema/properties/categories/items` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrdersResponseCategory {
    /// The `name` property.
    pub name: Option<String>,
}
impl ::serde::Serialize for ListOrdersResponseCategory {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("name", &self.name);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersResponseCategory);
impl<'de> rt::FromMap<'de> for ListOrdersResponseCategory {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "name" => map.set(&mut value.name),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1orders/get/responses/422/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrdersUnprocessableEntity {
    /// The `errors` property.
    pub errors: Option<Vec<String>>,
}
impl ::serde::Serialize for ListOrdersUnprocessableEntity {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("errors", &self.errors);
        map.end()
    }
}
rt::object_deserialize!(ListOrdersUnprocessableEntity);
impl<'de> rt::FromMap<'de> for ListOrdersUnprocessableEntity {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "errors" => map.set(&mut value.errors),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
/// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrderRequest {
    /// The `items` property.
    pub items: Vec<CreateOrderRequestItem>,
}
impl ::serde::Serialize for CreateOrderRequest {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("items", &self.items);
        map.end()
    }
}
rt::object_deserialize!(CreateOrderRequest);
impl<'de> rt::FromMap<'de> for CreateOrderRequest {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut items = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "items" => map.put(&mut items),
                _ => map.skip(),
            }
        }
        match items {
            Some(items) => map.done(Self { items }),
            None => map.missing(&[("items", true)]),
        }
    }
}
/// The schema at `/paths/~1orders/post/requestBody/content/application~1json/schema/properties/items/items` in the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrderRequestItem {
    /// The `sku` property.
    pub sku: String,
    /// The `quantity` property.
    pub quantity: i64,
}
impl ::serde::Serialize for CreateOrderRequestItem {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.field("sku", &self.sku);
        map.field("quantity", &self.quantity);
        map.end()
    }
}
rt::object_deserialize!(CreateOrderRequestItem);
impl<'de> rt::FromMap<'de> for CreateOrderRequestItem {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut sku = None;
        let mut quantity = None;
        while let Some(key) = map.key() {
            match key.as_str() {
                "sku" => map.put(&mut sku),
                "quantity" => map.put(&mut quantity),
                _ => map.skip(),
            }
        }
        match (sku, quantity) {
            (Some(sku), Some(quantity)) => map.done(Self { sku, quantity }),
            (sku, quantity) => {
                map.missing(&[("sku", sku.is_none()), ("quantity", quantity.is_none())])
            }
        }
    }
}
/// The schema at `/paths/~1orders/post/responses/201/content/application~1json/schema` in the spec.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrderResponse {
    /// The `id` property.
    pub id: Option<String>,
}
impl ::serde::Serialize for CreateOrderResponse {
    fn serialize<S: rt::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = rt::ser::object(serializer);
        map.optional("id", &self.id);
        map.end()
    }
}
rt::object_deserialize!(CreateOrderResponse);
impl<'de> rt::FromMap<'de> for CreateOrderResponse {
    fn read<A: rt::MapAccess<'de>>(
        map: &mut rt::Fields<'de, A>,
    ) -> Result<Self, A::Error> {
        let mut value = Self::default();
        while let Some(key) = map.key() {
            match key.as_str() {
                "id" => map.set(&mut value.id),
                _ => map.skip(),
            }
        }
        map.done(value)
    }
}
