//! Builders of IR values for the `ir` passes' unit tests.

use super::*;

/// A named type of `kind`.
pub fn def(name: &str, kind: TypeKind) -> TypeDef {
    TypeDef {
        rust_name: name.into(),
        origin: String::new(),
        description: None,
        deprecated: false,
        kind,
        example: None,
    }
}

/// A required field named `name` on the wire and in Rust.
pub fn field(name: &str, ty: TypeRef) -> Field {
    Field {
        wire_name: name.into(),
        rust_name: name.into(),
        ty,
        required: true,
        description: None,
        deprecated: false,
        read_only: false,
        write_only: false,
    }
}

/// An API with only these types.
pub fn api(types: Vec<TypeDef>) -> Api {
    Api {
        module: "m".into(),
        source: String::new(),
        title: String::new(),
        version: String::new(),
        description: None,
        servers: Vec::new(),
        security_schemes: Vec::new(),
        groups: Vec::new(),
        types,
        webhooks: None,
        object_lists: false,
    }
}
