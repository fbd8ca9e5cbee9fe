using System.Net;
using System.Text.RegularExpressions;

namespace DanVan.Web.Tests.Hardening;

/// <summary>The fields a browser would post from an admin edit form, read from the page as it was served.</summary>
public static partial class EditForm
{
    /// <summary>The named inputs (checked checkboxes only) and textareas of the first form with <paramref name="formClass"/>.</summary>
    public static Dictionary<string, string> Fields(string page, string formClass)
    {
        var start = page.IndexOf($"class=\"{formClass}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no form of class {formClass}");
        var form = page[start..page.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>();
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || type is "submit" or "button" || (type == "checkbox" && !tag.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields[name] = Attribute(tag, "value") ?? (type == "checkbox" ? "on" : string.Empty);
        }

        foreach (Match textarea in TextArea().Matches(form))
        {
            if (Attribute(textarea.Groups["tag"].Value, "name") is { } name)
            {
                fields[name] = WebUtility.HtmlDecode(textarea.Groups["content"].Value);
            }
        }

        return fields;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea(?<tag>\\b[^>]*)>(?<content>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();
}
