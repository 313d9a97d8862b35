use proptest::prelude::*;
use serde_json::Value;

use super::*;
use crate::diag::escape_token;

/// Positions from the JSON scanner alone (`None`: it refused the text).
fn scanned(text: &str, pointers: &[&str]) -> Option<BTreeMap<String, (usize, usize)>> {
    let wanted = Wanted::new(pointers.iter().copied());
    json::offsets(text, &wanted).map(|offsets| line_columns(text, offsets))
}

/// Positions from the YAML reader alone.
fn parsed(text: &str, pointers: &[&str]) -> Option<BTreeMap<String, (usize, usize)>> {
    yaml::positions(text, &Wanted::new(pointers.iter().copied()))
}

fn find_all(text: &str, pointers: &[&str]) -> Vec<Option<(usize, usize)>> {
    let l = Locator::new(text, pointers.iter().copied()).unwrap();
    pointers.iter().map(|p| l.find(p)).collect()
}

#[test]
fn finds_yaml_and_json_positions() {
    let yaml = "openapi: 3.0.3\npaths:\n  /a/b:\n    get:\n      responses:\n        '200':\n          description: ok\n";
    let pointers = [
        "/paths/~1a~1b/get",
        "/paths/~1a~1b/get/responses/200/description",
        "/paths/~1a~1b/get/nothing/here",
    ];
    assert_eq!(
        find_all(yaml, &pointers),
        [Some((4, 5)), Some((7, 11)), Some((4, 5))]
    );
    let json = "{\n  \"a\": [1,\n   {\"b\": 2}]\n}";
    assert_eq!(find_all(json, &["/a/1/b"]), [Some((3, 5))]);
    assert!(scanned(json, &["/a/1/b"]).is_some());
}

#[test]
fn only_wanted_pointers_and_their_ancestors_are_recorded() {
    let json = r#"{"a": {"b": {"c": 1}, "d": 2}, "e": [3]}"#;
    let positions = scanned(json, &["/a/b/c"]).unwrap();
    let keys: Vec<&str> = positions.keys().map(String::as_str).collect();
    assert_eq!(keys, ["", "/a", "/a/b", "/a/b/c"]);
    let positions = parsed(json, &["/a/b/c"]).unwrap();
    let keys: Vec<&str> = positions.keys().map(String::as_str).collect();
    assert_eq!(keys, ["", "/a", "/a/b", "/a/b/c"]);
}

#[test]
fn json_keys_with_escapes_are_decoded_then_escaped_as_tokens() {
    let json = "{\"a\\/b\": {\"x~y\": 1, \"\\u0041\\\"\": [true]}}";
    let pointers = ["/a~1b/x~0y", "/a~1b/A\"/0", "/a~1b"];
    assert_eq!(
        find_all(json, &pointers),
        [Some((1, 11)), Some((1, 34)), Some((1, 2))]
    );
    assert_eq!(scanned(json, &pointers), parsed(json, &pointers));
}

#[test]
fn nested_arrays() {
    let json = "[[1, [2, 3]],\n [4, [[5]]]]";
    let pointers = ["/0/1/1", "/1/1/0/0", "/1", "/0/0"];
    assert_eq!(
        find_all(json, &pointers),
        [Some((1, 10)), Some((2, 8)), Some((2, 2)), Some((1, 3))]
    );
    assert_eq!(scanned(json, &pointers), parsed(json, &pointers));
}

#[test]
fn strings_with_brackets_and_quotes_are_skipped_whole() {
    let json = r#"{"s": "a]}\"[{\\", "o": {"k": "}]\"", "l": ["[", "{"]}, "t": {"u": 1}}"#;
    let pointers = ["/t/u", "/o/l/1"];
    assert_eq!(find_all(json, &pointers), [Some((1, 63)), Some((1, 50))]);
    assert_eq!(scanned(json, &pointers), parsed(json, &pointers));
}

#[test]
fn columns_count_characters() {
    let json = "{\"é€😀\": \"ü\", \"b\": {\"c\": 2}}";
    let pointers = ["/b/c", "/é€😀"];
    assert_eq!(find_all(json, &pointers), [Some((1, 20)), Some((1, 2))]);
    assert_eq!(scanned(json, &pointers), parsed(json, &pointers));
}

#[test]
fn a_missing_node_is_found_at_its_closest_ancestor() {
    let json = "{\n  \"a\": {\n    \"b\": [0]\n  }\n}";
    let pointers = ["/a/b/7/x", "/a/nothing", "/zzz"];
    assert_eq!(
        find_all(json, &pointers),
        [Some((3, 5)), Some((2, 3)), Some((1, 1))]
    );
}

#[test]
fn swagger_definitions_are_tried_for_component_schemas() {
    let json = "{\"definitions\": {\"Pet\": {\"type\": \"object\"}}}";
    let pointers = ["/components/schemas/Pet/type"];
    assert_eq!(find_all(json, &pointers), [Some((1, 26))]);
}

#[test]
fn yaml_documents_are_read_as_yaml() {
    let yaml = "a:\n  - x: 1\n  - y: [2, 3]\nb: {c: 'é'}\n";
    assert!(!is_json(yaml));
    let pointers = ["/a/1/y/1", "/b/c", "/a/0/x/deeper"];
    assert_eq!(
        find_all(yaml, &pointers),
        [Some((3, 12)), Some((4, 5)), Some((2, 5))]
    );
}

#[test]
fn malformed_json_falls_back_to_yaml() {
    // A trailing comma is not JSON (the scanner sees it when it reads that object, not when it
    // skips it); YAML's flow mapping takes it.
    let text = "{\"a\": {\"b\": 1,},\n \"c\": 2}";
    let pointers = ["/c", "/a/b"];
    assert_eq!(scanned(text, &pointers), None);
    assert!(scanned(text, &["/c"]).is_some());
    assert_eq!(find_all(text, &pointers), [Some((2, 2)), Some((1, 8))]);
    assert!(Locator::new("{\"a\": [}", ["/a"]).is_none());
}

#[test]
fn line_breaks_count_as_yaml_counts_them() {
    let json = "{\r\n\"a\": 1,\r\"b\": 2}";
    assert_eq!(find_all(json, &["/a", "/b"]), [Some((2, 1)), Some((3, 1))]);
    assert_eq!(scanned(json, &["/a", "/b"]), parsed(json, &["/a", "/b"]));
}

fn pointers_of(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers_of(v, format!("{at}/{}", escape_token(k)), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers_of(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-1000i64..1000).prop_map(Value::from),
        "[a-z\\[\\]{}\"\\\\/~ é€😀\t]{0,6}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec(("[a-z/~ é\"\\\\{\\[]{0,4}", inner), 0..5)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

proptest! {
    /// On JSON, the scanner and the YAML reader agree: every node, some of them, missing ones.
    #[test]
    fn the_json_scanner_agrees_with_the_yaml_reader(
        value in json_value(),
        pretty in any::<bool>(),
        pick in prop::collection::vec(any::<prop::sample::Index>(), 1..4),
    ) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        let mut all = Vec::new();
        pointers_of(&value, String::new(), &mut all);
        let some: Vec<String> = pick.iter().map(|i| i.get(&all).clone()).collect();
        for set in [&all, &some] {
            let set: Vec<&str> = set.iter().map(String::as_str).collect();
            let fast = scanned(&text, &set);
            prop_assert!(fast.is_some(), "the scanner refused {}", text);
            prop_assert_eq!(&fast, &parsed(&text, &set), "{}", text);
        }
        let all_at = scanned(&text, &[]).unwrap_or_default();
        prop_assert_eq!(all_at.len(), 1, "only the root is recorded when nothing is wanted");
        // A missing node is where its deepest existing ancestor is.
        let missing: Vec<String> = some.iter().map(|p| format!("{p}/missing/0")).collect();
        let l = Locator::new(&text, missing.iter().map(String::as_str)).unwrap();
        let every = scanned(&text, &all.iter().map(String::as_str).collect::<Vec<_>>()).unwrap();
        for (m, p) in missing.iter().zip(&some) {
            prop_assert_eq!(l.find(m), every.get(p).copied());
        }
    }
}
