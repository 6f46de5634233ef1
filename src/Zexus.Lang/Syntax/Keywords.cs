using System.Collections.Frozen;

namespace Zexus.Lang.Syntax;

/// <summary>The keyword table (LANGUAGE.md 2.2) and the reserved words of Appendix A.</summary>
public static class Keywords
{
    private static readonly FrozenDictionary<string, TokenKind> KeywordKinds = new Dictionary<string, TokenKind>(StringComparer.Ordinal)
    {
        ["action"] = TokenKind.Action,
        ["and"] = TokenKind.And,
        ["async"] = TokenKind.Async,
        ["await"] = TokenKind.Await,
        ["break"] = TokenKind.Break,
        ["catch"] = TokenKind.Catch,
        ["const"] = TokenKind.Const,
        ["continue"] = TokenKind.Continue,
        ["contract"] = TokenKind.Contract,
        ["each"] = TokenKind.Each,
        ["elif"] = TokenKind.Elif,
        ["else"] = TokenKind.Else,
        ["emit"] = TokenKind.Emit,
        ["entity"] = TokenKind.Entity,
        ["enum"] = TokenKind.Enum,
        ["export"] = TokenKind.Export,
        ["false"] = TokenKind.False,
        ["finally"] = TokenKind.Finally,
        ["for"] = TokenKind.For,
        ["function"] = TokenKind.Function,
        ["if"] = TokenKind.If,
        ["in"] = TokenKind.In,
        ["lambda"] = TokenKind.Lambda,
        ["ledger"] = TokenKind.Ledger,
        ["let"] = TokenKind.Let,
        ["match"] = TokenKind.Match,
        ["null"] = TokenKind.Null,
        ["or"] = TokenKind.Or,
        ["print"] = TokenKind.Print,
        ["return"] = TokenKind.Return,
        ["state"] = TokenKind.State,
        ["this"] = TokenKind.This,
        ["throw"] = TokenKind.Throw,
        ["true"] = TokenKind.True,
        ["try"] = TokenKind.Try,
        ["use"] = TokenKind.Use,
        ["while"] = TokenKind.While,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Reserved = new[]
    {
        "animation", "atomic", "audit", "auth", "buffer", "cache", "canvas", "capability",
        "case", "channel", "clock", "color", "component", "data", "debug", "default",
        "defer", "embedded", "event", "exactly", "external", "find", "from", "gc",
        "grant", "graphics", "immutable", "implements", "import", "inject", "inline", "interface",
        "limit", "load", "log", "middleware", "modifier", "module", "native", "package",
        "pattern", "payable", "persistent", "private", "protect", "protocol", "public", "pure",
        "receive", "restrict", "revoke", "sandbox", "sanitize", "screen", "seal", "sealed",
        "secure", "send", "simd", "storage", "stream", "then", "theme", "throttle",
        "trail", "type_alias", "using", "validate", "verify", "view", "watch",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The keyword kind of <paramref name="word"/>, if it is a keyword.</summary>
    public static bool TryGetKeyword(string word, out TokenKind kind) => KeywordKinds.TryGetValue(word, out kind);

    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.Action && kind <= TokenKind.While;

    /// <summary>Whether <paramref name="word"/> is one of the Appendix A words set aside for unsupported features.</summary>
    public static bool IsReserved(string word) => Reserved.Contains(word);
}
