// @generated
// Generated from tests/fixtures/types/deprecations.yaml by this project's generator. Do not edit: change the spec and regenerate.

//! The API's data types: request bodies, responses and everything they contain.
#[allow(unused_imports)]
use crate::runtime as rt;
