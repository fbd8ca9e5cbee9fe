using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DanVan.Orchard.Display;

/// <summary>
/// <c>&lt;pager model="Model.Pager" /&gt;</c>: the links to the other pages of a list ("Trang trước", numbers,
/// "Trang sau"), nothing when the list fits on one page. Links keep the query values the page itself reads (its
/// filters, see <see cref="QueryKeys"/>) and drop the rest, so a cached page never hands out a stranger's parameters.
/// </summary>
[HtmlTargetElement("pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper : TagHelper
{
    [HtmlAttributeName("model")]
    public Pager? Model { get; set; }

    /// <summary>The query key of the page number (<c>page</c>; the public listings use <c>trang</c>).</summary>
    [HtmlAttributeName("page-key")]
    public string PageKey { get; set; } = "page";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Model is not { PageCount: > 1 } pager)
        {
            output.SuppressOutput();
            return;
        }

        var request = ViewContext.HttpContext.Request;
        var kept = QueryKeys.Of(ViewContext.HttpContext.GetEndpoint())
            .Where(key => key is not null && !string.Equals(key, PageKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(key => request.Query[key!].Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string?>(key!, v)))
            .ToList();
        var path = (request.PathBase + request.Path).ToUriComponent();
        string Url(int page) => path + QueryString.Create(
            page > 1 ? kept.Append(new(PageKey, page.ToString(CultureInfo.InvariantCulture))) : kept).ToUriComponent();

        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "pager");
        output.Attributes.SetAttribute("aria-label", "Phân trang");

        var list = new TagBuilder("ul");
        list.AddCssClass("pager__list");
        if (pager.HasPrevious)
        {
            list.InnerHtml.AppendHtml(Item(Link(Url(pager.Page - 1), "‹ Trang trước", rel: "prev")));
        }

        foreach (var number in pager.Window())
        {
            list.InnerHtml.AppendHtml(number switch
            {
                0 => Gap(),
                _ when number == pager.Page => Item(Current(number)),
                _ => Item(Link(Url(number), number.ToString(CultureInfo.InvariantCulture), label: $"Trang {number}")),
            });
        }

        if (pager.HasNext)
        {
            list.InnerHtml.AppendHtml(Item(Link(Url(pager.Page + 1), "Trang sau ›", rel: "next")));
        }

        output.Content.SetHtmlContent(list);
    }

    private static TagBuilder Item(TagBuilder content)
    {
        var item = new TagBuilder("li");
        item.InnerHtml.AppendHtml(content);
        return item;
    }

    private static TagBuilder Link(string href, string text, string? rel = null, string? label = null)
    {
        var link = new TagBuilder("a");
        link.AddCssClass("pager__link");
        link.Attributes["href"] = href;
        if (rel is not null)
        {
            link.Attributes["rel"] = rel;
        }

        if (label is not null)
        {
            link.Attributes["aria-label"] = label;
        }

        link.InnerHtml.Append(text);
        return link;
    }

    private static TagBuilder Current(int number)
    {
        var current = new TagBuilder("span");
        current.AddCssClass("pager__current");
        current.Attributes["aria-current"] = "page";
        current.Attributes["aria-label"] = $"Trang {number}";
        current.InnerHtml.Append(number.ToString(CultureInfo.InvariantCulture));
        return current;
    }

    private static TagBuilder Gap()
    {
        var gap = new TagBuilder("li");
        gap.AddCssClass("pager__gap");
        gap.Attributes["aria-hidden"] = "true";
        gap.InnerHtml.Append("…");
        return gap;
    }
}
