//! The kinds of change, in report order: each one's section heading and breaking rule.

use serde::Serialize;

/// The kinds of change, in report order. Each variant's doc is its breaking rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Breaking: the method is gone.
    OperationRemoved,
    /// Breaking: the method has another name or group accessor.
    OperationRenamed,
    /// Breaking unless every set of credentials accepted before still is.
    OperationSecurityChanged,
    /// Non-breaking.
    OperationAdded,
    /// Non-breaking.
    OperationDeprecated,
    /// Non-breaking.
    OperationUndeprecated,
    /// Breaking: the argument or setter is gone.
    ParamRemoved,
    /// Breaking when required (a new method argument); non-breaking when optional (a setter).
    ParamAdded,
    /// Breaking: an optional setter becomes a required method argument.
    ParamRequired,
    /// Breaking for the Rust crate: a required method argument becomes an optional setter.
    ParamOptional,
    /// Breaking: the argument or setter takes another type.
    ParamRetyped,
    /// Breaking: required arguments are positional.
    ParamsReordered,
    /// Breaking: the body argument or setter is gone.
    BodyRemoved,
    /// Breaking when required (a new argument); non-breaking when optional (a setter).
    BodyAdded,
    /// Breaking: the body setter becomes a required argument.
    BodyRequired,
    /// Breaking for the Rust crate: the body argument becomes a setter.
    BodyOptional,
    /// Breaking: the body has another type or encoding.
    BodyRetyped,
    /// Breaking: the method (or an error variant) returns another type.
    ResponseRetyped,
    /// Breaking: a named type changed shape (struct, enum, union).
    TypeRetyped,
    /// Breaking: a type of `components/schemas` is gone from the crate (aliases not counted).
    TypeRemoved,
    /// Non-breaking: a new type of `components/schemas`.
    TypeAdded,
    /// Breaking: code reading or setting the field no longer compiles.
    FieldRemoved,
    /// Breaking when required in a type the caller sends; otherwise non-breaking.
    FieldAdded,
    /// Breaking: the field's Rust type changes.
    FieldRetyped,
    /// Breaking in a type the caller sends (it must now be set); in a response type, breaking
    /// only when the Rust field changes from `Option<T>` to `T`.
    FieldRequired,
    /// Breaking when the Rust field changes from `T` to `Option<T>` (callers read or set it as
    /// a plain value); non-breaking when it already was an `Option`.
    FieldOptional,
    /// Breaking when the Rust field changes from `T` to `Option<T>`; else non-breaking.
    FieldNullable,
    /// Breaking when the Rust field changes from `Option<T>` to `T`; else non-breaking.
    FieldNonNullable,
    /// Breaking: the Rust variant is gone, and the value may no longer be sent.
    EnumValueRemoved,
    /// Non-breaking: the value used to decode as `Unknown(..)`.
    EnumValueAdded,
    /// Breaking: the union branch is gone.
    VariantRemoved,
    /// Breaking in a response type (no catch-all: exhaustive matches and decoding change);
    /// non-breaking in a type the caller only sends.
    VariantAdded,
    /// Breaking: the error enum variant is gone.
    ErrorStatusRemoved,
    /// Breaking (our choice): a new variant of an exhaustive error enum with no catch-all.
    ErrorStatusAdded,
    /// Breaking: the client builder method is gone.
    SecuritySchemeRemoved,
    /// Breaking when the kind of credential or the builder method changes; else non-breaking.
    SecuritySchemeChanged,
    /// Non-breaking: a new client builder method.
    SecuritySchemeAdded,
    /// Breaking: a client built with defaults calls another base URL.
    DefaultServerChanged,
    /// Breaking: the URL is gone from `SERVERS`.
    ServerRemoved,
    /// Non-breaking.
    ServerAdded,
}

impl Kind {
    /// Whether this is a change inside a type (found by walking types).
    pub(super) fn in_type(self) -> bool {
        use Kind::*;
        matches!(
            self,
            TypeRetyped
                | FieldRemoved
                | FieldAdded
                | FieldRetyped
                | FieldRequired
                | FieldOptional
                | FieldNullable
                | FieldNonNullable
                | EnumValueRemoved
                | EnumValueAdded
                | VariantRemoved
                | VariantAdded
        )
    }

    /// The section heading in the Markdown report.
    pub fn title(self) -> &'static str {
        use Kind::*;
        match self {
            OperationRemoved => "Operations removed",
            OperationRenamed => "Operations renamed",
            OperationSecurityChanged => "Operation security changed",
            OperationAdded => "Operations added",
            OperationDeprecated => "Operations deprecated",
            OperationUndeprecated => "Operations no longer deprecated",
            ParamRemoved => "Parameters removed",
            ParamAdded => "Parameters added",
            ParamRequired => "Parameters made required",
            ParamOptional => "Parameters made optional",
            ParamRetyped => "Parameters retyped",
            ParamsReordered => "Arguments reordered",
            BodyRemoved => "Request bodies removed",
            BodyAdded => "Request bodies added",
            BodyRequired => "Request bodies made required",
            BodyOptional => "Request bodies made optional",
            BodyRetyped => "Request bodies retyped",
            ResponseRetyped => "Responses retyped",
            TypeRetyped => "Types changed shape",
            TypeRemoved => "Types removed",
            TypeAdded => "Types added",
            FieldRemoved => "Fields removed",
            FieldAdded => "Fields added",
            FieldRetyped => "Fields retyped",
            FieldRequired => "Fields made required",
            FieldOptional => "Fields made optional",
            FieldNullable => "Fields made nullable",
            FieldNonNullable => "Fields made non-nullable",
            EnumValueRemoved => "Enum values removed",
            EnumValueAdded => "Enum values added",
            VariantRemoved => "Union variants removed",
            VariantAdded => "Union variants added",
            ErrorStatusRemoved => "Error statuses removed",
            ErrorStatusAdded => "Error statuses added",
            SecuritySchemeRemoved => "Security schemes removed",
            SecuritySchemeChanged => "Security schemes changed",
            SecuritySchemeAdded => "Security schemes added",
            DefaultServerChanged => "Default server changed",
            ServerRemoved => "Servers removed",
            ServerAdded => "Servers added",
        }
    }

    /// The breaking rule of this kind, as printed in the report's legend.
    pub fn rule(self) -> &'static str {
        use Kind::*;
        match self {
            OperationRemoved => "breaking: the method is gone.",
            OperationRenamed => "breaking: the method has another name or group accessor.",
            OperationSecurityChanged => {
                "breaking unless every set of credentials accepted before still is \
                 (a requirement dropped, or an alternative added)."
            }
            OperationAdded | ServerAdded | TypeAdded => "non-breaking.",
            OperationDeprecated | OperationUndeprecated => "non-breaking (documentation only).",
            ParamRemoved => "breaking: the method argument or builder setter is gone.",
            ParamAdded => {
                "breaking when required (a new method argument); non-breaking when optional \
                 (a new builder setter)."
            }
            ParamRequired => "breaking: an optional setter becomes a required method argument.",
            ParamOptional => {
                "breaking for the Rust crate: a required method argument becomes an optional \
                 setter, so calls passing it no longer compile."
            }
            ParamRetyped => "breaking: the argument or setter takes another type.",
            ParamsReordered => "breaking: required arguments are positional.",
            BodyRemoved => "breaking: the body argument or setter is gone.",
            BodyAdded => "breaking when required (a new argument); non-breaking when optional.",
            BodyRequired => "breaking: the body setter becomes a required argument.",
            BodyOptional => "breaking for the Rust crate: the body argument becomes a setter.",
            BodyRetyped => "breaking: the body has another type or encoding.",
            ResponseRetyped => "breaking: the method (or an error variant) returns another type.",
            TypeRetyped => "breaking: a named type changed shape (struct, enum, union).",
            TypeRemoved => {
                "breaking: code naming the type no longer compiles (type aliases are looked \
                 through and not listed: many are names the loader gives to shared properties)."
            }
            FieldRemoved => "breaking: code reading or setting the field no longer compiles.",
            FieldAdded => {
                "breaking when required in a type the caller sends (it must be set); \
                 non-breaking otherwise (optional, or only in responses)."
            }
            FieldRetyped => "breaking: the field's Rust type changes.",
            FieldRequired => {
                "breaking in a type the caller sends (it must now be set); in a response type, \
                 breaking only when the Rust field changes from `Option<T>` to `T`."
            }
            FieldOptional => {
                "breaking when the Rust field changes from `T` to `Option<T>` (callers read or \
                 set it as a plain value); non-breaking when it already was an `Option`."
            }
            FieldNullable => {
                "breaking when the Rust field changes from `T` to `Option<T>`; else non-breaking."
            }
            FieldNonNullable => {
                "breaking when the Rust field changes from `Option<T>` to `T`; else non-breaking."
            }
            EnumValueRemoved => {
                "breaking: the Rust variant is gone and the value may no longer be sent."
            }
            EnumValueAdded => {
                "non-breaking: generated enums have an `Unknown` catch-all, so the value used to \
                 decode as `Unknown(..)` (a `match` without a `_` arm needs one more arm)."
            }
            VariantRemoved => "breaking: the union branch is gone.",
            VariantAdded => {
                "breaking in a response type (untagged unions have no catch-all: exhaustive \
                 matches stop compiling and decoding may pick the new branch); non-breaking in \
                 a type the caller only sends."
            }
            ErrorStatusRemoved => "breaking: the error enum variant is gone.",
            ErrorStatusAdded => {
                "**breaking (our choice)**: the operation's error enum is exhaustive with no \
                 catch-all variant, so an exhaustive `match` stops compiling, and responses with \
                 this status move from `Error::UnexpectedStatus` to `Error::Api`."
            }
            SecuritySchemeRemoved => "breaking: the client builder method is gone.",
            SecuritySchemeChanged => {
                "breaking when the kind of credential (bearer, basic, API key) or the builder \
                 method changes; non-breaking otherwise (for example a renamed API key header: \
                 the client sends it)."
            }
            SecuritySchemeAdded => "non-breaking: a new client builder method.",
            DefaultServerChanged => {
                "breaking: a client built with defaults calls another base URL."
            }
            ServerRemoved => "breaking: the URL is gone from `SERVERS`.",
        }
    }
}
