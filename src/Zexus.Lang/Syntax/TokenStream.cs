using System.Collections.Immutable;

namespace Zexus.Lang.Syntax;

/// <summary>
/// The tokens of a file or of one <c>${…}</c> interpolation, ending with an end token. Matching brackets are
/// paired once up front so that the parser's arrow-function lookahead (LANGUAGE.md 2.5 notes) is constant time.
/// </summary>
public sealed class TokenStream
{
    private readonly int[] _partner;

    public TokenStream(ImmutableArray<Token> tokens)
    {
        Tokens = tokens;
        _partner = new int[tokens.Length];
        var open = new Stack<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            _partner[i] = -1;
            switch (tokens[i].Kind)
            {
                case TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace:
                    open.Push(i);
                    break;
                case TokenKind.RParen or TokenKind.RBracket or TokenKind.RBrace:
                    if (open.Count > 0 && Closes(tokens[open.Peek()].Kind, tokens[i].Kind))
                    {
                        var o = open.Pop();
                        _partner[o] = i;
                        _partner[i] = o;
                    }
                    break;
            }
        }
        HasUnclosedBracket = open.Count > 0;
    }

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>True when some <c>(</c>, <c>[</c> or <c>{</c> is never closed: input that may be incomplete.</summary>
    public bool HasUnclosedBracket { get; }

    /// <summary>The index of the bracket matching the one at <paramref name="index"/>, or -1.</summary>
    public int PartnerOf(int index) => _partner[index];

    private static bool Closes(TokenKind open, TokenKind close) => (open, close) switch
    {
        (TokenKind.LParen, TokenKind.RParen) => true,
        (TokenKind.LBracket, TokenKind.RBracket) => true,
        (TokenKind.LBrace, TokenKind.RBrace) => true,
        _ => false,
    };
}
