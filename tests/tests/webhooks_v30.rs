//! A 3.0 document's root `x-webhooks` of path items (fixture
//! `tests/fixtures/types/webhooks_v30.yaml`, golden module `golden_types::webhooks_v30`) is read
//! as 3.1's `webhooks`: each entry is an event of `events::Event`, decoded by its `type`.

use golden_types::webhooks_v30::events::Event;
use serde_json::json;

#[test]
fn x_webhooks_path_items_are_events() {
    let created = json!({ "type": "order.created", "order_id": "o_1" });
    let event = Event::from_slice(created.to_string().as_bytes()).expect("decodes");
    let Event::OrderCreated(payload) = &event else {
        panic!("not OrderCreated: {event:?}")
    };
    assert_eq!(payload.order_id, "o_1");
    assert_eq!(event.key(), Some("order.created"));

    let refunded = json!({ "type": "order.refunded", "amount": 250 });
    let event = Event::from_slice(refunded.to_string().as_bytes()).expect("decodes");
    let Event::OrderRefunded(payload) = &event else {
        panic!("not OrderRefunded: {event:?}")
    };
    assert_eq!(payload.amount, 250);
    assert_eq!(serde_json::to_value(payload).expect("encodes"), refunded);

    let other = json!({ "type": "order.shipped", "order_id": "o_1" });
    assert_eq!(
        Event::from_slice(other.to_string().as_bytes()).expect("decodes"),
        Event::Unknown(other)
    );
}

/// A document of webhooks and no operations (fixture `tests/fixtures/types/webhooks_only.yaml`):
/// its events decode. Its client has no `core()` for operations to use (it was dead code, a
/// warning: the golden crate is checked with clippy `-D warnings`).
#[test]
fn a_document_of_webhooks_only_has_its_events() {
    use golden_types::webhooks_only::events::Event;
    let ping = json!({ "type": "ping", "zen": "Keep it logically awesome." });
    let event = Event::from_slice(ping.to_string().as_bytes()).expect("decodes");
    let Event::Ping(payload) = &event else {
        panic!("not Ping: {event:?}")
    };
    assert_eq!(payload.zen, "Keep it logically awesome.");
    assert_eq!(event.key(), Some("ping"));
}
