using System.Globalization;
using System.Text;
using System.Xml;
using DanVan.Articles.Services;
using DanVan.Articles.ViewModels;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Articles.Controllers;

/// <summary>
/// RSS 2.0 of the tenant's latest articles (<c>/rss.xml</c>) and of each category (<c>/chuyen-muc/{slug}/rss.xml</c>).
/// Every text goes through <see cref="SafeText.Strip"/>: a control character stored before saving cleaned text (or
/// written around it) must not make XmlWriter throw and the whole feed fail.
/// </summary>
[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class FeedController(ArticleIndex index, TenantContext tenant) : Controller
{
    private const int Items = 20;

    [HttpGet("/rss.xml")]
    public async Task<IActionResult> Site(CancellationToken cancellationToken)
    {
        var snapshot = await index.GetAsync(cancellationToken);
        return Rss(tenant.Site.SiteName, string.Empty, snapshot.Articles);
    }

    [HttpGet("/chuyen-muc/{slug}/rss.xml")]
    public async Task<IActionResult> Category(string slug, CancellationToken cancellationToken)
    {
        var snapshot = await index.GetAsync(cancellationToken);
        var category = snapshot.Categories.FirstOrDefault(c => c.Slug == slug);
        return category is null
            ? this.NotFoundPage()
            : Rss($"{tenant.Site.SiteName} – {category.Name}", $"chuyen-muc/{slug}", snapshot.InCategory(slug));
    }

    private FileContentResult Rss(string title, string page, IReadOnlyList<ArticleSummary> articles)
    {
        var root = HttpContext.PublicBaseUrl();
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", SafeText.Strip(title));
            xml.WriteElementString("link", SafeText.Strip(root + page));
            xml.WriteElementString("description", SafeText.Strip(tenant.Site.BannerSubtitle ?? tenant.Site.SiteName));
            xml.WriteElementString("language", "vi-VN");
            xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("href", SafeText.Strip($"{root}{(page.Length == 0 ? string.Empty : page + "/")}rss.xml"));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var article in articles.Take(Items))
            {
                xml.WriteStartElement("item");
                var link = SafeText.Strip(root + article.Url);
                xml.WriteElementString("title", SafeText.Strip(article.Title));
                xml.WriteElementString("link", link);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(link);
                xml.WriteEndElement();
                if (article.Summary is not null)
                {
                    xml.WriteElementString("description", SafeText.Strip(article.Summary));
                }

                if (article.Category is not null)
                {
                    xml.WriteElementString("category", SafeText.Strip(article.Category));
                }

                if (article.PublishedUtc is { } published)
                {
                    xml.WriteElementString("pubDate", published.ToString("r", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return File(buffer.ToArray(), "application/rss+xml; charset=utf-8");
    }
}
