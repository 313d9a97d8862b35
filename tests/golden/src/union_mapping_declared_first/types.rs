// @generated
// Generated from tests/fixtures/types/union_mapping_declared_first.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
rt::tagged_union! {
    /// A tagged union with a discriminator and a mapping.
    pub enum Pet("pet_type") {
        /// `pet_type` is `cat`.
        Cat(Cat) = ["cat"],
        /// `pet_type` is `dog`.
        Dog(Dog) = ["dog"],
        /// `pet_type` is `lizard` or `gecko`.
        Lizard(Lizard) = ["lizard", "gecko"],
    }
}
rt::object! {
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
