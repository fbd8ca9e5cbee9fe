using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Orchard.Display;

/// <summary>A partial view rendered into one string, to be kept (<see cref="PageFragmentCache"/>) and written again as it is.</summary>
public static class PartialHtmlExtensions
{
    public static async Task<HtmlString> RenderPartialToStringAsync(this IHtmlHelper html, string partialViewName, object? model, HtmlEncoder encoder)
    {
        var content = await html.PartialAsync(partialViewName, model);
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, encoder);
        return new HtmlString(writer.ToString());
    }
}
