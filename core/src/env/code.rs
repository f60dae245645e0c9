//! The stable finding codes of ENV-RULES.md §6, one enum so a typo cannot invent a code.

use serde::{Serialize, Serializer};
use std::fmt;

macro_rules! codes {
    ($($variant:ident => $text:literal,)*) => {
        /// A finding code such as `SYN-NO-EQUALS`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $($variant,)* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text,)* }
            }
        }
    };
}

codes! {
    EncUtf8 => "ENC-UTF8", EncNul => "ENC-NUL", EncBom => "ENC-BOM", EncCrlf => "ENC-CRLF",
    EncCr => "ENC-CR", EncMixedEol => "ENC-MIXED-EOL", EncInvisible => "ENC-INVISIBLE",
    EncSize => "ENC-SIZE", EncNotEnv => "ENC-NOT-ENV",
    SynNoEquals => "SYN-NO-EQUALS", SynEmptyKey => "SYN-EMPTY-KEY",
    SynKeyChars => "SYN-KEY-CHARS", SynKeyPortability => "SYN-KEY-PORTABILITY",
    SynSpaceAroundEquals => "SYN-SPACE-AROUND-EQUALS",
    SynColonSeparator => "SYN-COLON-SEPARATOR", SynExport => "SYN-EXPORT",
    SynExportOnly => "SYN-EXPORT-ONLY", SynUnterminatedQuote => "SYN-UNTERMINATED-QUOTE",
    SynTextAfterQuote => "SYN-TEXT-AFTER-QUOTE", SynBacktick => "SYN-BACKTICK",
    SynHashInValue => "SYN-HASH-IN-VALUE",
    SynValueStartsWithHash => "SYN-VALUE-STARTS-WITH-HASH",
    SynTabComment => "SYN-TAB-COMMENT", SynSqEscape => "SYN-SQ-ESCAPE",
    SynDqEscape => "SYN-DQ-ESCAPE", SynContinuation => "SYN-CONTINUATION",
    SynMultiline => "SYN-MULTILINE", SynCrlfInQuotes => "SYN-CRLF-IN-QUOTES",
    SynUnquotedWs => "SYN-UNQUOTED-WS", SynUnquotedQuoteChar => "SYN-UNQUOTED-QUOTE-CHAR",
    SynIndentedKey => "SYN-INDENTED-KEY",
    KeyDuplicate => "KEY-DUPLICATE", KeyCaseDuplicate => "KEY-CASE-DUPLICATE",
    KeyCaseMismatch => "KEY-CASE-MISMATCH", KeyUnknown => "KEY-UNKNOWN",
    KeyDeprecated => "KEY-DEPRECATED", KeyColonHierarchy => "KEY-COLON-HIERARCHY",
    KeyIndexGap => "KEY-INDEX-GAP", KeyReserved => "KEY-RESERVED",
    KeyPublicSecret => "KEY-PUBLIC-SECRET",
    IntUndefined => "INT-UNDEFINED", IntForwardRef => "INT-FORWARD-REF",
    IntCycle => "INT-CYCLE", IntDollarInValue => "INT-DOLLAR-IN-VALUE",
    IntUnsupported => "INT-UNSUPPORTED", IntRequiredUnset => "INT-REQUIRED-UNSET",
    IntCommand => "INT-COMMAND", IntUnbalanced => "INT-UNBALANCED",
    IntDialect => "INT-DIALECT",
    ValRequiredMissing => "VAL-REQUIRED-MISSING", ValRequiredEmpty => "VAL-REQUIRED-EMPTY",
    ValPlaceholder => "VAL-PLACEHOLDER", ValMasked => "VAL-MASKED",
    ValQuotedWs => "VAL-QUOTED-WS", ValNewline => "VAL-NEWLINE",
    ValForbidden => "VAL-FORBIDDEN", ValMustEqual => "VAL-MUST-EQUAL",
    ValInconsistent => "VAL-INCONSISTENT", ValBoolForm => "VAL-BOOL-FORM",
    TypInt => "TYP-INT", TypNumber => "TYP-NUMBER", TypRange => "TYP-RANGE",
    TypPort => "TYP-PORT", TypBool => "TYP-BOOL", TypUrl => "TYP-URL",
    TypUrlScheme => "TYP-URL-SCHEME", TypUrlHost => "TYP-URL-HOST",
    TypEmail => "TYP-EMAIL", TypHostname => "TYP-HOSTNAME", TypIp => "TYP-IP",
    TypEnum => "TYP-ENUM", TypDuration => "TYP-DURATION", TypRegex => "TYP-REGEX",
    TypLength => "TYP-LENGTH", TypList => "TYP-LIST", TypJson => "TYP-JSON",
    TypConnstr => "TYP-CONNSTR", TypHostport => "TYP-HOSTPORT",
    SecShort => "SEC-SHORT", SecEntropy => "SEC-ENTROPY", SecCommon => "SEC-COMMON",
    SecReused => "SEC-REUSED", SecTestKey => "SEC-TEST-KEY", SecEncoding => "SEC-ENCODING",
    SecDevDefault => "SEC-DEV-DEFAULT", SecInUrl => "SEC-IN-URL",
    SecJwtKeySize => "SEC-JWT-KEY-SIZE",
    EnvNameMismatch => "ENV-NAME-MISMATCH", EnvDebug => "ENV-DEBUG",
    EnvLocalhost => "ENV-LOCALHOST", EnvInsecureTransport => "ENV-INSECURE-TRANSPORT",
    EnvCorsWildcard => "ENV-CORS-WILDCARD", EnvCrossEnvValue => "ENV-CROSS-ENV-VALUE",
    EnvVerboseLog => "ENV-VERBOSE-LOG",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::str::FromStr for Code {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == text)
            .ok_or(())
    }
}
