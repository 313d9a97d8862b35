//! Operation selection keeps the chosen operations and only the schemas they reach.

use generator::diag::Diagnostics;
use generator::select::Selection;
use generator::{api_selected, Spec};

const SPEC: &str = r##"openapi: 3.0.3
info: {title: Shop, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
  /orders/{id}:
    get:
      operationId: getOrder
      tags: [orders]
      parameters:
        - {$ref: "#/components/parameters/OrderId"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Order"}
components:
  parameters:
    OrderId: {name: id, in: path, required: true, schema: {type: string}}
  schemas:
    Pet:
      type: object
      properties:
        owner: {$ref: "#/components/schemas/Owner"}
    Owner:
      type: object
      properties:
        name: {type: string}
    Order:
      type: object
      properties:
        pet: {$ref: "#/components/schemas/Pet"}
        total: {type: number}
"##;

fn select(selection: Selection) -> (Vec<String>, Vec<String>, Vec<generator::diag::Diagnostic>) {
    let spec = Spec {
        label: "shop.yaml".into(),
        module: "shop".into(),
        bytes: SPEC.as_bytes().to_vec(),
        ..Default::default()
    };
    let mut diags = Diagnostics::new("shop.yaml");
    let api = api_selected(&spec, &selection, &mut diags);
    let diags = diags.into_vec();
    match api {
        Some(api) => (
            api.groups
                .iter()
                .flat_map(|g| g.operations.iter().map(|o| o.rust_name.clone()))
                .collect(),
            api.types.iter().map(|t| t.rust_name.clone()).collect(),
            diags,
        ),
        None => (Vec::new(), Vec::new(), diags),
    }
}

#[test]
fn by_tag_keeps_only_reachable_schemas() {
    let (ops, types, _) = select(Selection {
        tags: vec!["PETS".into()],
        ..Default::default()
    });
    assert_eq!(ops, ["list_pets"]);
    assert_eq!(types, ["Pet", "Owner"]);
}

#[test]
fn by_operation_follows_parameter_and_nested_refs() {
    let (ops, types, _) = select(Selection {
        operations: vec!["get_order".into()],
        ..Default::default()
    });
    assert_eq!(ops, ["get_order"]);
    assert_eq!(types, ["Pet", "Owner", "Order"]);
}

#[test]
fn by_path_pattern() {
    let (ops, _, _) = select(Selection {
        paths: vec!["/orders/*".into()],
        ..Default::default()
    });
    assert_eq!(ops, ["get_order"]);
    let (ops, _, _) = select(Selection {
        paths: vec!["/pets".into(), "/orders".into()],
        ..Default::default()
    });
    assert_eq!(ops, ["list_pets", "get_order"]);
}

#[test]
fn empty_selection_is_an_error() {
    let (ops, _, diags) = select(Selection {
        tags: vec!["nothing".into()],
        ..Default::default()
    });
    assert!(ops.is_empty());
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("matches no operation")),
        "{diags:?}"
    );
}
