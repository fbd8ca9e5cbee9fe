using Microsoft.AspNetCore.Html;

namespace DanVan.Theme.Chrome;

/// <summary>
/// The kept parts of the layout for one tenant (PageFragmentCache): the model, the head's links and the footer as
/// rendered HTML. The banner and menu are kept apart, one per current menu entry.
/// </summary>
public sealed record SiteChrome(SiteChromeModel Model, HtmlString Head, HtmlString Footer)
{
    public long EstimatedSize() => Model.EstimatedSize() + 2L * ((Head.Value?.Length ?? 0) + (Footer.Value?.Length ?? 0));
}
