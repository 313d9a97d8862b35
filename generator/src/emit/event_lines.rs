//! The parts of the webhook events' file that repeat per event (an `Event` variant, an arm of
//! `Event::key`, an arm of the decoding `match`) laid out as text, exactly as prettyplease lays
//! them out: for a provider with hundreds of events, parsing and printing these parts was most
//! of what the file cost. The rest of the file still goes through syn and prettyplease, with one
//! placeholder line where each part goes.
//!
//! The shapes below are the ones prettyplease gives these lines while they are short enough; an
//! event whose pieces are longer (or whose key has `{placeholders}`, matched by a guard) sends
//! the whole file through syn and prettyplease instead. The tests compare both ways.

use super::docs;
use super::layout;
use super::types::{ty_text, Scope};
use super::webhooks::variant_doc;
use crate::ir::{Api, WebhookEvent};

/// The placeholders, as prettyplease prints them: a line each.
pub(super) const VARIANTS: &str = "    __Events,";
pub(super) const KEYS: &str = "            Self::__Events => None,";
pub(super) const DECODERS: &str = "            __events => Ok(Self::Unknown(value)),";

/// prettyplease's margin: how wide a line may be before the group on it breaks.
const MARGIN: usize = 89;

/// The three parts, laid out.
pub(super) struct Lines {
    variants: String,
    keys: String,
    decoders: String,
}

/// The parts for `events`, or `None` when one of them is not a shape laid out here.
pub(super) fn lines(api: &Api, events: &[WebhookEvent]) -> Option<Lines> {
    let mut out = Lines {
        variants: String::new(),
        keys: String::new(),
        decoders: String::new(),
    };
    for event in events {
        if !event.pattern.is_empty() {
            return None;
        }
        let name = &event.rust_name;
        let ty = ty_text(api, &event.ty, Scope::Sibling);
        let key = layout::string(&event.key);
        out.variants.push_str(&docs::text(&variant_doc(event), 1));
        out.variants.push_str(&variant(name, &ty)?);
        out.keys.push_str(&key_arm(name, &key)?);
        out.decoders.push_str(&decoder_arm(name, &key)?);
    }
    Some(out)
}

/// `    Name(Type),`, or the type on a line of its own.
fn variant(name: &str, ty: &str) -> Option<String> {
    // A type with generic arguments may break inside them instead.
    if ty.contains('<') {
        return None;
    }
    let flat = format!("    {name}({ty}),");
    if flat.len() <= MARGIN {
        return Some(flat + "\n");
    }
    let (open, inner) = (format!("    {name}("), format!("        {ty},"));
    (open.len() <= MARGIN && inner.len() <= MARGIN).then(|| format!("{open}\n{inner}\n    ),\n"))
}

/// `Self::Name(_) => Some("key"),`, or its value in a block.
fn key_arm(name: &str, key: &str) -> Option<String> {
    let flat = format!("            Self::{name}(_) => Some({key}),");
    if flat.len() <= MARGIN + 1 {
        return Some(flat + "\n");
    }
    let open = format!("            Self::{name}(_) => {{");
    let value = format!("                Some({key})");
    (open.len() <= MARGIN && value.len() <= MARGIN)
        .then(|| format!("{open}\n{value}\n            }}\n"))
}

/// `Some("key") => …` decoding the payload into `Self::Name`: always a block, the calls one per
/// line.
fn decoder_arm(name: &str, key: &str) -> Option<String> {
    let open = format!("            Some({key}) => {{");
    let map = format!("                    .map(Self::{name})");
    (open.len() <= MARGIN && map.len() <= MARGIN).then(|| {
        format!(
            "{open}\n                ::serde_json::from_value(value)\n{map}\n                    \
             .map_err(::serde::de::Error::custom)\n            }}\n"
        )
    })
}

/// `text` (the file printed with the placeholders) with each placeholder line replaced by its
/// part; `None` unless each placeholder is there once.
pub(super) fn fill(text: &str, lines: &Lines) -> Option<String> {
    let mut out = String::with_capacity(
        text.len() + lines.variants.len() + lines.keys.len() + lines.decoders.len(),
    );
    let mut found = [0; 3];
    for line in text.split_inclusive('\n') {
        let part = match line.trim_end_matches('\n') {
            VARIANTS => 0,
            KEYS => 1,
            DECODERS => 2,
            _ => {
                out.push_str(line);
                continue;
            }
        };
        found[part] += 1;
        out.push_str([&lines.variants, &lines.keys, &lines.decoders][part]);
    }
    (found == [1, 1, 1]).then_some(out)
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    /// A 3.1 document of `events` webhooks: for each (key, payload type name), an event whose
    /// payload is that component.
    fn api(events: &[(String, String)]) -> crate::ir::Api {
        let mut doc =
            String::from("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nwebhooks:\n");
        for (key, payload) in events {
            writeln!(
                doc,
                "  {key}:\n    post:\n      description: Event {key}.\n      requestBody:\n        \
                 content:\n          application/json:\n            schema: {{$ref: \
                 '#/components/schemas/{payload}'}}\n      responses:\n        '200': \
                 {{description: ok}}"
            )
            .unwrap();
        }
        doc.push_str("components:\n  schemas:\n");
        for (_, payload) in events {
            writeln!(
                doc,
                "    {payload}: {{type: object, properties: {{type: {{type: string}}}}}}"
            )
            .unwrap();
        }
        crate::test_api(&doc)
    }

    /// Event names and payload types of every length around where prettyplease breaks each of
    /// the three lines: the file laid out here is the file prettyplease prints, and the short
    /// way is the one taken up to long names.
    #[test]
    fn lines_are_prettypleases_at_every_length() {
        let mut events = Vec::new();
        for name in 8..=62 {
            for (last, payload) in ('a'..).zip([8, 30, 40, 52, 60]) {
                let key = format!("e{}{last}", "v".repeat(name - 2));
                let payload = format!("P{}x{name}", "y".repeat(payload - 1));
                events.push((key.clone(), payload));
            }
        }
        // A document per event, so the short way is judged on each event's lines.
        let (mut short, mut long) = (0, 0);
        for chunk in events.chunks(1) {
            let api = api(chunk);
            let webhooks = api.webhooks.as_ref().expect("webhooks");
            assert_eq!(webhooks.events.len(), chunk.len());
            let by_syn = super::super::format(
                super::super::webhooks::events_tokens(&api, "c", false).expect("tokens"),
            )
            .expect("formats");
            let text = super::super::webhooks::events_file(&api, "c")
                .expect("events")
                .expect("formats");
            assert_eq!(text, by_syn, "{chunk:?}");
            let laid_out = super::lines(&api, &webhooks.events).is_some();
            if laid_out {
                short += 1;
            } else {
                long += 1;
            }
        }
        assert!(short > 200 && long > 10, "{short} laid out, {long} not");
    }
}
