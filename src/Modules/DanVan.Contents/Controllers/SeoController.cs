using System.Globalization;
using System.Text;
using System.Xml;
using DanVan.Contents.Services;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Contents.Controllers;

/// <summary>
/// <c>/sitemap.xml</c> (the home page and every published item: each opens at its path) and <c>/robots.txt</c>, per
/// tenant. Crawlers read only the host's root robots.txt, so the portal's also names every running prefix district's
/// sitemap and keeps crawlers out of their admin and sign-in pages; <c>/sitemap-index.xml</c> lists the same sitemaps.
/// </summary>
[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class SeoController(IContentManager contents, TenantContext tenant, ITenantRegistry registry, SitemapDates dates) : Controller
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly string[] PrivatePaths = ["admin", "login", "account", "api"];

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var root = HttpContext.PublicBaseUrl();
        var routes = await contents.ListPublishedRoutesAsync(cancellationToken);
        return Xml("urlset", xml =>
        {
            WriteEntry(xml, "url", root, SitemapDates.LastModified(tenant.Settings, routes));
            foreach (var route in routes)
            {
                WriteEntry(xml, "url", root + route.Path, route.ModifiedUtc ?? tenant.Settings.CreatedUtc);
            }
        });
    }

    /// <summary>The portal's sitemap index: its own sitemap and every running prefix district's (not the Disabled ones).</summary>
    [HttpGet("/sitemap-index.xml")]
    public async Task<IActionResult> SitemapIndex(CancellationToken cancellationToken)
    {
        if (!tenant.IsDefault)
        {
            return this.NotFoundPage();
        }

        var root = HttpContext.PublicBaseUrl();
        var entries = new List<(string Location, DateTime LastModified)>
        {
            (root + "sitemap.xml", SitemapDates.LastModified(tenant.Settings, await contents.ListPublishedRoutesAsync(cancellationToken))),
        };
        foreach (var district in Districts())
        {
            if (await dates.LastModifiedAsync(district, cancellationToken) is { } last)
            {
                entries.Add(($"{root}{district.RequestUrlPrefix}/sitemap.xml", last));
            }
        }

        return Xml("sitemapindex", xml =>
        {
            foreach (var (location, last) in entries)
            {
                WriteEntry(xml, "sitemap", location, last);
            }
        });
    }

    [HttpGet("/robots.txt")]
    public IActionResult Robots()
    {
        var root = HttpContext.PublicBaseUrl();
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in PrivatePaths)
        {
            text.Append(CultureInfo.InvariantCulture, $"Disallow: /{path}\n");
        }

        var districts = tenant.IsDefault ? Districts() : [];
        foreach (var district in districts)
        {
            foreach (var path in PrivatePaths)
            {
                text.Append(CultureInfo.InvariantCulture, $"Disallow: /{district.RequestUrlPrefix}/{path}\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"Allow: /\n\nSitemap: {root}sitemap.xml\n");
        if (tenant.IsDefault)
        {
            text.Append(CultureInfo.InvariantCulture, $"Sitemap: {root}sitemap-index.xml\n");
        }

        foreach (var district in districts)
        {
            text.Append(CultureInfo.InvariantCulture, $"Sitemap: {root}{district.RequestUrlPrefix}/sitemap.xml\n");
        }

        return Content(text.ToString(), "text/plain; charset=utf-8");
    }

    /// <summary>Running districts under a prefix of the portal's host (a district with its own host has its own robots.txt).</summary>
    private List<TenantSettings> Districts() => registry.All
        .Where(t => !t.IsDefault && t.State == TenantState.Running && !string.IsNullOrEmpty(t.RequestUrlPrefix))
        .OrderBy(t => t.RequestUrlPrefix, StringComparer.Ordinal)
        .ToList();

    private FileContentResult Xml(string rootElement, Action<XmlWriter> write)
    {
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(rootElement, Namespace);
            write(xml);
            xml.WriteEndElement();
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    private static void WriteEntry(XmlWriter xml, string element, string location, DateTime modified)
    {
        xml.WriteStartElement(element, Namespace);
        // A path stored before paths were cleaned may hold a character XML cannot carry; it must not fail the sitemap.
        xml.WriteElementString("loc", Namespace, SafeText.Strip(location));
        xml.WriteElementString("lastmod", Namespace, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
