//! Walking types: one structural comparison of two types (struct fields, enum values, union
//! branches), and how types are looked through and spelled in Rust.

use std::collections::BTreeSet;

use super::components::shape_name;
use super::output::code;
use super::{Dirs, Found, Kind, Pair, ALWAYS, MAX_DEPTH, NEVER, REQUEST, RESPONSE};
use crate::ir::{Api, EnumVariant, Field, TypeDef, TypeKind, TypeRef, UnionVariant};

/// What a position is, to name a retyped value there.
#[derive(Debug, Clone, Copy)]
pub(super) enum Subject {
    Param,
    Body,
    Response,
    Type,
    Field,
}

impl Subject {
    fn retyped(self) -> Kind {
        match self {
            Subject::Param => Kind::ParamRetyped,
            Subject::Body => Kind::BodyRetyped,
            Subject::Response => Kind::ResponseRetyped,
            Subject::Type => Kind::TypeRetyped,
            Subject::Field => Kind::FieldRetyped,
        }
    }
}

/// One structural comparison of two types. Component pairs are not entered but collected in
/// `edges`; inline pairs are entered unless already on `stack`.
pub(super) struct Walk<'a> {
    old: &'a Api,
    new: &'a Api,
    pub(super) found: Vec<Found>,
    pub(super) edges: BTreeSet<Pair>,
    stack: Vec<Pair>,
}

impl<'a> Walk<'a> {
    pub(super) fn new(old: &'a Api, new: &'a Api) -> Self {
        Self {
            old,
            new,
            found: Vec::new(),
            edges: BTreeSet::new(),
            stack: Vec::new(),
        }
    }

    fn found(&mut self, kind: Kind, breaks: Dirs, path: String, detail: String) {
        self.found.push(Found {
            kind,
            path,
            detail,
            breaks,
        });
    }

    /// Compares a component pair where it is defined, named by its (new) Rust name.
    pub(super) fn component(&mut self, (a, b): Pair) {
        let name = self
            .new
            .types
            .get(b)
            .map_or("?", |d| d.rust_name.as_str())
            .to_owned();
        self.stack.push((a, b));
        self.shape(a, b, &name, Subject::Type);
        self.stack.pop();
    }

    pub(super) fn types(&mut self, old: &TypeRef, new: &TypeRef, path: &str, subject: Subject) {
        let (o, n) = (resolve(self.old, old), resolve(self.new, new));
        match (o, n) {
            (TypeRef::Nullable(a), TypeRef::Nullable(b)) => self.types(a, b, path, subject),
            (TypeRef::Array(a), TypeRef::Array(b)) => {
                self.types(a, b, &format!("{path}[]"), subject);
            }
            (TypeRef::Map(a), TypeRef::Map(b)) => self.types(a, b, &format!("{path}{{}}"), subject),
            (TypeRef::Named(a), TypeRef::Named(b)) => self.named(*a, *b, path, subject),
            (TypeRef::Named(_), _) | (_, TypeRef::Named(_)) => self.retyped(o, n, path, subject),
            (a, b) if a == b => {}
            _ => self.retyped(o, n, path, subject),
        }
    }

    fn retyped(&mut self, old: &TypeRef, new: &TypeRef, path: &str, subject: Subject) {
        let detail = format!("{} → {}", describe(self.old, old), describe(self.new, new));
        self.found(subject.retyped(), ALWAYS, path.to_owned(), detail);
    }

    fn named(&mut self, a: usize, b: usize, path: &str, subject: Subject) {
        let (Some(da), Some(db)) = (self.old.types.get(a), self.new.types.get(b)) else {
            return;
        };
        match (component(da), component(db)) {
            (Some(x), Some(y)) if x == y => {
                self.edges.insert((a, b));
            }
            (Some(_), Some(_)) => {
                self.retyped(&TypeRef::Named(a), &TypeRef::Named(b), path, subject)
            }
            _ => {
                if self.stack.contains(&(a, b)) || self.stack.len() >= MAX_DEPTH {
                    return;
                }
                self.stack.push((a, b));
                self.shape(a, b, path, subject);
                self.stack.pop();
            }
        }
    }

    fn shape(&mut self, a: usize, b: usize, path: &str, subject: Subject) {
        let (Some(da), Some(db)) = (self.old.types.get(a), self.new.types.get(b)) else {
            return;
        };
        match (&da.kind, &db.kind) {
            (
                TypeKind::Struct {
                    fields: fa,
                    additional: xa,
                    ..
                },
                TypeKind::Struct {
                    fields: fb,
                    additional: xb,
                    ..
                },
            ) => {
                self.fields(fa, fb, path);
                self.additional(xa.as_ref(), xb.as_ref(), path);
            }
            (
                TypeKind::Enum {
                    base: ba,
                    variants: va,
                },
                TypeKind::Enum {
                    base: bb,
                    variants: vb,
                },
            ) if ba == bb => {
                self.enum_values(va, vb, path);
            }
            (TypeKind::Union { variants: va, .. }, TypeKind::Union { variants: vb, .. }) => {
                self.union_variants(va, vb, path, subject);
            }
            (TypeKind::Alias(_), TypeKind::Alias(_)) => {}
            _ => self.retyped(&TypeRef::Named(a), &TypeRef::Named(b), path, subject),
        }
    }

    /// Fields by wire name.
    fn fields(&mut self, old: &[Field], new: &[Field], path: &str) {
        for f in old
            .iter()
            .filter(|f| !new.iter().any(|n| n.wire_name == f.wire_name))
        {
            let detail = format!("{} removed", code(&field_decl(self.old, f)));
            self.found(
                Kind::FieldRemoved,
                ALWAYS,
                format!("{path}.{}", f.wire_name),
                detail,
            );
        }
        for f in new {
            let at = format!("{path}.{}", f.wire_name);
            match old.iter().find(|o| o.wire_name == f.wire_name) {
                Some(o) => self.field(o, f, &at),
                None => {
                    let must_send = f.required && !f.read_only;
                    let what = if must_send { "required" } else { "optional" };
                    let detail = format!("new {what} field {}", code(&field_decl(self.new, f)));
                    let breaks = if must_send { REQUEST } else { NEVER };
                    self.found(Kind::FieldAdded, breaks, at, detail);
                }
            }
        }
    }

    /// One field present in both: its flags, then its type.
    fn field(&mut self, old: &Field, new: &Field, path: &str) {
        self.field_flags(old, new, path);
        let (a, b) = (strip_null(self.old, &old.ty), strip_null(self.new, &new.ty));
        self.types(a, b, path, Subject::Field);
    }

    /// Required, nullable and read-only flags, judged by whether the `Option`s of the Rust
    /// field change; a field made required also breaks what callers send.
    fn field_flags(&mut self, old: &Field, new: &Field, path: &str) {
        let rust_changed = options(self.old, old) != options(self.new, new);
        let types = format!(
            "{} → {}",
            code(&field_type(self.old, old)),
            code(&field_type(self.new, new))
        );
        let mut flags = Vec::new();
        if old.required != new.required {
            flags.push(match new.required {
                true => (
                    Kind::FieldRequired,
                    Dirs {
                        request: true,
                        response: rust_changed,
                    },
                ),
                false => (Kind::FieldOptional, Dirs::all(rust_changed)),
            });
        }
        let (was_null, is_null) = (nullable(self.old, &old.ty), nullable(self.new, &new.ty));
        if was_null != is_null {
            let kind = match is_null {
                true => Kind::FieldNullable,
                false => Kind::FieldNonNullable,
            };
            flags.push((kind, Dirs::all(rust_changed)));
        }
        if flags.is_empty() && rust_changed {
            // Only `readOnly` changed: read-only fields are always `Option`s.
            flags.push((Kind::FieldRetyped, ALWAYS));
        }
        for (kind, breaks) in flags {
            self.found(kind, breaks, path.to_owned(), types.clone());
        }
    }

    /// `additionalProperties`, shown as the field `*`.
    fn additional(&mut self, old: Option<&TypeRef>, new: Option<&TypeRef>, path: &str) {
        let at = format!("{path}.*");
        match (old, new) {
            (None, None) => {}
            (Some(t), None) => {
                let detail = format!("extra properties ({}) removed", code(&display(self.old, t)));
                self.found(Kind::FieldRemoved, ALWAYS, at, detail);
            }
            (None, Some(t)) => {
                let detail = format!("new extra properties ({})", code(&display(self.new, t)));
                self.found(Kind::FieldAdded, NEVER, at, detail);
            }
            (Some(a), Some(b)) => self.types(a, b, &at, Subject::Field),
        }
    }

    /// Enum values by value.
    fn enum_values(&mut self, old: &[EnumVariant], new: &[EnumVariant], path: &str) {
        for v in old
            .iter()
            .filter(|v| !new.iter().any(|n| n.value == v.value))
        {
            let detail = format!(
                "value {} removed (variant {})",
                code(&value_text(v)),
                code(&v.rust_name)
            );
            self.found(Kind::EnumValueRemoved, ALWAYS, path.to_owned(), detail);
        }
        for v in new
            .iter()
            .filter(|v| !old.iter().any(|o| o.value == v.value))
        {
            let detail = format!(
                "new value {} (variant {})",
                code(&value_text(v)),
                code(&v.rust_name)
            );
            self.found(Kind::EnumValueAdded, NEVER, path.to_owned(), detail);
        }
    }

    /// Union branches by Rust variant name.
    fn union_variants(
        &mut self,
        old: &[UnionVariant],
        new: &[UnionVariant],
        path: &str,
        subject: Subject,
    ) {
        for v in old
            .iter()
            .filter(|v| !new.iter().any(|n| n.rust_name == v.rust_name))
        {
            let detail = format!(
                "variant {} removed",
                code(&format!("{}({})", v.rust_name, display(self.old, &v.ty)))
            );
            self.found(Kind::VariantRemoved, ALWAYS, path.to_owned(), detail);
        }
        for v in new {
            match old.iter().find(|o| o.rust_name == v.rust_name) {
                Some(o) => self.types(&o.ty, &v.ty, &format!("{path}::{}", v.rust_name), subject),
                None => {
                    let detail = format!(
                        "new variant {}",
                        code(&format!("{}({})", v.rust_name, display(self.new, &v.ty)))
                    );
                    self.found(Kind::VariantAdded, RESPONSE, path.to_owned(), detail);
                }
            }
        }
    }
}

/// Looks through aliases (at most [`MAX_DEPTH`] of them).
fn resolve<'a>(api: &'a Api, ty: &'a TypeRef) -> &'a TypeRef {
    let mut ty = ty;
    for _ in 0..MAX_DEPTH {
        let TypeRef::Named(id) = ty else {
            return ty;
        };
        match api.types.get(*id).map(|d| &d.kind) {
            Some(TypeKind::Alias(inner)) => ty = inner,
            _ => return ty,
        }
    }
    ty
}

/// The schema name of a type defined in `components/schemas` (not an inline type).
pub(super) fn component(def: &TypeDef) -> Option<&str> {
    def.origin
        .strip_prefix("/components/schemas/")
        .filter(|name| !name.contains('/'))
}

/// Whether the type may be `null` (looking through aliases).
fn nullable(api: &Api, ty: &TypeRef) -> bool {
    matches!(resolve(api, ty), TypeRef::Nullable(_))
}

/// The type without its `null`s (and the aliases that hide them): what is inside the field's
/// `Option`s. Other aliases are kept, for display.
fn strip_null<'a>(api: &'a Api, ty: &'a TypeRef) -> &'a TypeRef {
    let mut ty = ty;
    for _ in 0..MAX_DEPTH {
        match resolve(api, ty) {
            TypeRef::Nullable(inner) => ty = inner,
            _ => break,
        }
    }
    ty
}

/// How many `Option`s wrap the generated struct field, as `emit::types` writes it: one for
/// an optional or read-only field unless its type is written `Option` already, plus the
/// `null`s of its type (an alias of a nullable type is an `Option` too).
fn options(api: &Api, f: &Field) -> usize {
    let added = usize::from(
        (!f.required || f.read_only || f.write_only) && !matches!(f.ty, TypeRef::Nullable(_)),
    );
    let mut nulls = 0;
    let mut ty = resolve(api, &f.ty);
    while let TypeRef::Nullable(inner) = ty {
        nulls += 1;
        if nulls >= MAX_DEPTH {
            break;
        }
        ty = resolve(api, inner);
    }
    added + nulls
}

/// The field's Rust type with aliases around its value looked through.
fn field_type(api: &Api, f: &Field) -> String {
    let n = options(api, f);
    let inner = display(api, strip_null(api, &f.ty));
    format!("{}{inner}{}", "Option<".repeat(n), ">".repeat(n))
}

fn field_decl(api: &Api, f: &Field) -> String {
    format!("{}: {}", f.rust_name, field_type(api, f))
}

fn value_text(v: &EnumVariant) -> String {
    v.value
        .as_str()
        .map_or_else(|| v.value.to_string(), str::to_owned)
}

/// A type as Rust spells it in the generated crate.
pub(super) fn display(api: &Api, ty: &TypeRef) -> String {
    match ty {
        TypeRef::Any => "serde_json::Value".to_owned(),
        TypeRef::String => "String".to_owned(),
        TypeRef::I32 => "i32".to_owned(),
        TypeRef::I64 => "i64".to_owned(),
        TypeRef::U32 => "u32".to_owned(),
        TypeRef::U64 => "u64".to_owned(),
        TypeRef::F64 => "f64".to_owned(),
        TypeRef::Bool => "bool".to_owned(),
        TypeRef::Unit => "()".to_owned(),
        TypeRef::Bytes => "Bytes".to_owned(),
        TypeRef::Upload => "Upload".to_owned(),
        TypeRef::Array(t) => format!("Vec<{}>", display(api, t)),
        TypeRef::Map(t) => format!("BTreeMap<String, {}>", display(api, t)),
        TypeRef::Nullable(t) => format!("Option<{}>", display(api, t)),
        TypeRef::Named(id) => api
            .types
            .get(*id)
            .map_or("?".to_owned(), |d| d.rust_name.clone()),
    }
}

/// A type with, for a named one, what shape it has.
fn describe(api: &Api, ty: &TypeRef) -> String {
    let shape = match ty {
        TypeRef::Named(id) => api.types.get(*id).map(shape_name),
        _ => None,
    };
    match shape {
        Some(shape) => format!("{} ({shape})", code(&display(api, ty))),
        None => code(&display(api, ty)),
    }
}
