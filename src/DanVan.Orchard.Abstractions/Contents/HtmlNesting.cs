namespace DanVan.Orchard.Contents;

/// <summary>
/// A cheap, linear bound on how deeply HTML elements nest, taken before the real parse (whose cost, like the
/// sanitizer's, grows with the square of the depth). Every start tag of a non-void element counts as opening an element
/// (<c>&lt;div/&gt;</c> too, as in HTML). An end tag closes only what the HTML parser surely closes as well: its element
/// when it is the current one, or lies under elements whose end tags are implied (<c>&lt;div&gt;&lt;p&gt;…&lt;/div&gt;</c>).
/// Tags are read as the HTML tokenizer reads them (quoted attribute values, comments), as long as nothing has switched
/// the tokenizer to raw text or foreign content (<c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>, <c>&lt;textarea&gt;</c>,
/// <c>&lt;svg&gt;</c>, …); from such an element on, end tags are no longer trusted and every start tag counts as one
/// level deeper. So odd markup may count deeper than it parses (and be refused), while deep markup never counts
/// shallower than half its depth (the parser may add an implied tbody and tr per table).
/// </summary>
public static class HtmlNesting
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Elements after whose start tag the tokenizer no longer reads markup as in the body.</summary>
    private static readonly HashSet<string> ContextSwitching = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "svg", "math",
    };

    /// <summary>Elements the parser closes on an end tag of an element around them ("generate implied end tags").</summary>
    private static readonly HashSet<string> ImpliedEnd = new(StringComparer.Ordinal)
    {
        "p", "li", "dd", "dt", "option", "optgroup", "rb", "rp", "rt", "rtc",
    };

    /// <summary>What the end tag of a table part closes inside it (the parser closes the open cell and row first).</summary>
    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal)
    {
        "table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th",
    };

    /// <summary>Formatting elements: their end tags may rebuild the tree (adoption agency), so only an exact match closes.</summary>
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>A new one of these closes the current one of its group (<c>&lt;p&gt;a&lt;p&gt;b</c>, <c>&lt;li&gt;a&lt;li&gt;b</c>).</summary>
    private static readonly Dictionary<string, string> SiblingGroups = new(StringComparer.Ordinal)
    {
        ["p"] = "p", ["li"] = "li", ["dt"] = "dt", ["dd"] = "dt", ["tr"] = "tr", ["td"] = "td", ["th"] = "td", ["option"] = "option",
    };

    /// <summary>The deepest nesting found, or <paramref name="limit"/> + 1 as soon as the limit is passed.</summary>
    public static int MaxDepth(string html, int limit)
    {
        var open = new List<string>();
        var trusted = true;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            var endTag = next == '/' && i + 2 < html.Length && char.IsAsciiLetter(html[i + 2]);
            if (!trusted && (endTag || next is '!' or '?' or '/'))
            {
                // Whatever the tokenizer makes of it, nothing it reads as a start tag begins before this '>'.
                i = PastFirst(html, i);
            }
            else if (html.AsSpan(i).StartsWith("<!--"))
            {
                i = SkipComment(html, i + 4);
            }
            else if (next is '!' or '?' || (next == '/' && !endTag))
            {
                // A bogus comment, a doctype or "</" without a name: the tokenizer ends it at the first '>', quotes or not.
                i = PastFirst(html, i);
            }
            else if (endTag)
            {
                var name = ReadName(html, i + 2);
                Close(open, name);
                i = SkipTag(html, i + 2 + name.Length);
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = ReadName(html, i + 1);
                i = trusted ? SkipTag(html, i + 1 + name.Length) : PastFirst(html, i);
                if (VoidElements.Contains(name))
                {
                    continue;
                }

                if (trusted && open.Count > 0 && SiblingGroups.TryGetValue(name, out var group) &&
                    SiblingGroups.TryGetValue(open[^1], out var current) && group == current)
                {
                    open.RemoveAt(open.Count - 1);
                }

                trusted &= !ContextSwitching.Contains(name);
                open.Add(name);
                max = Math.Max(max, open.Count);
                if (max > limit)
                {
                    return limit + 1;
                }
            }
            else
            {
                i++;
            }
        }

        return max;
    }

    private static int PastFirst(string html, int start)
    {
        var end = html.IndexOf('>', start);
        return end < 0 ? html.Length : end + 1;
    }

    private static void Close(List<string> open, string name)
    {
        if (Formatting.Contains(name))
        {
            if (open.Count > 0 && open[^1] == name)
            {
                open.RemoveAt(open.Count - 1);
            }

            return;
        }

        var inTable = TableParts.Contains(name);
        for (var at = open.Count - 1; at >= 0; at--)
        {
            if (open[at] == name)
            {
                open.RemoveRange(at, open.Count - at);
                return;
            }

            if (!ImpliedEnd.Contains(open[at]) && !(inTable && TableParts.Contains(open[at])))
            {
                return;
            }
        }
    }

    private static string ReadName(string html, int start)
    {
        var end = start;
        while (end < html.Length && !IsSpace(html[end]) && html[end] is not ('/' or '>'))
        {
            end++;
        }

        // The parser lowers ASCII letters only ("ſpan" is not "span").
        return string.Create(end - start, (html, start), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++)
            {
                var c = state.html[state.start + k];
                span[k] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
        });
    }

    /// <summary>The tokenizer's whitespace (not .NET's: a vertical tab is part of a name or value there).</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>Past a comment's end: "-->", "--!>", or at once for "&lt;!-->" and "&lt;!--->", as the parser does.</summary>
    private static int SkipComment(string html, int start)
    {
        var rest = html.AsSpan(start);
        if (rest.StartsWith(">"))
        {
            return start + 1;
        }

        if (rest.StartsWith("->"))
        {
            return start + 2;
        }

        for (var i = html.IndexOf("--", start, StringComparison.Ordinal); i >= 0; i = html.IndexOf("--", i + 1, StringComparison.Ordinal))
        {
            var after = html.AsSpan(i + 2);
            if (after.StartsWith(">"))
            {
                return i + 3;
            }

            if (after.StartsWith("!>"))
            {
                return i + 4;
            }
        }

        return html.Length;
    }

    /// <summary>
    /// Past the tag's closing '&gt;', following the HTML tokenizer's attribute states, so that a quote counts only where
    /// the tokenizer takes it as one (<c>a=x'y</c> or <c>="</c> cannot hide the rest of the document).
    /// </summary>
    private static int SkipTag(string html, int start)
    {
        var state = TagState.BeforeName;
        for (var i = start; i < html.Length; i++)
        {
            var c = html[i];
            switch (state)
            {
                case TagState.BeforeName:
                    state = IsSpace(c) ? TagState.BeforeName : c == '>' ? TagState.Done : c == '/' ? TagState.SelfClosing : TagState.Name;
                    break;
                case TagState.Name:
                    state = IsSpace(c) ? TagState.AfterName : c == '>' ? TagState.Done : c == '=' ? TagState.BeforeValue : c == '/' ? TagState.SelfClosing : TagState.Name;
                    break;
                case TagState.AfterName:
                    state = IsSpace(c) ? TagState.AfterName : c == '>' ? TagState.Done : c == '=' ? TagState.BeforeValue : c == '/' ? TagState.SelfClosing : TagState.Name;
                    break;
                case TagState.BeforeValue:
                    if (c is '"' or '\'')
                    {
                        var close = html.IndexOf(c, i + 1);
                        if (close < 0)
                        {
                            return html.Length;
                        }

                        i = close;
                        state = TagState.BeforeName;
                    }
                    else
                    {
                        state = IsSpace(c) ? TagState.BeforeValue : c == '>' ? TagState.Done : TagState.Unquoted;
                    }

                    break;
                case TagState.SelfClosing:
                    // "/" then anything but ">" is taken again as if before an attribute name.
                    state = c == '>' ? TagState.Done : IsSpace(c) ? TagState.BeforeName : c == '/' ? TagState.SelfClosing : TagState.Name;
                    break;
                case TagState.Unquoted:
                    state = IsSpace(c) ? TagState.BeforeName : c == '>' ? TagState.Done : TagState.Unquoted;
                    break;
            }

            if (state == TagState.Done)
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private enum TagState
    {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Unquoted,
        SelfClosing,
        Done,
    }
}
