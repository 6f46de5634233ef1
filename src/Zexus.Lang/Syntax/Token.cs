using System.Collections.Immutable;

namespace Zexus.Lang.Syntax;

/// <summary>
/// One token (LANGUAGE.md 2.2). <see cref="NewlineBefore"/> records whether a line break (a line feed, or a
/// block comment containing one) separates it from the previous token, which is all the parser needs to apply
/// the statement-termination rules of 2.4. <see cref="Value"/> is a <see cref="System.Numerics.BigInteger"/>
/// (Int), a <see cref="double"/> (Float), a <see cref="string"/> (String without interpolation) or an
/// <see cref="ImmutableArray{T}"/> of <see cref="StringPart"/> (String with interpolation).
/// </summary>
public readonly record struct Token(TokenKind Kind, Span Span, bool NewlineBefore, string Text, object? Value = null)
{
    public bool IsKeyword => Keywords.IsKeyword(Kind);

    /// <summary>A name or a keyword: the WORD of the grammar (member names, map keys, annotations).</summary>
    public bool IsWord => Kind == TokenKind.Identifier || IsKeyword;

    public bool IsEnd => Kind is TokenKind.EndOfInput or TokenKind.InterpolationEnd;

    public ImmutableArray<StringPart> InterpolationParts => Value is ImmutableArray<StringPart> parts ? parts : default;

    /// <summary>How an error message names this token ("found X").</summary>
    public string Describe() => Kind switch
    {
        TokenKind.EndOfInput => "end of input",
        TokenKind.InterpolationEnd => "'}' ending the interpolation",
        TokenKind.Error => "invalid text",
        TokenKind.Identifier => $"name '{Text}'",
        TokenKind.Int or TokenKind.Float => $"number {Text}",
        TokenKind.String => "string literal",
        _ when IsKeyword => $"keyword '{Text}'",
        _ => $"'{Text}'",
    };
}

/// <summary>A piece of a double-quoted string with interpolation: literal <see cref="Text"/> (escapes decoded), or
/// the tokens of one embedded <c>${…}</c> expression (<see cref="Code"/>, positions are real file positions).</summary>
public sealed record StringPart(Span Span, string? Text, TokenStream? Code);
