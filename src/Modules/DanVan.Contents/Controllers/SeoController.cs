using System.Globalization;
using System.Text;
using System.Xml;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Display;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Contents.Controllers;

/// <summary><c>/sitemap.xml</c> (the home page and every published item with a page) and <c>/robots.txt</c>, per tenant.</summary>
[OutputCache(PolicyName = TenantOutputCachePolicy.Name)]
public sealed class SeoController(IContentManager contents, IEnumerable<IContentTypeDisplay> displays) : Controller
{
    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var root = Root();
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            WriteUrl(xml, ns, root, null);
            foreach (var display in displays)
            {
                foreach (var item in await contents.ListPublishedAsync(display.ContentType, 0, int.MaxValue, cancellationToken))
                {
                    if (item.Part("AutoroutePart")?["Path"]?.GetValue<string>() is { Length: > 0 } path)
                    {
                        WriteUrl(xml, ns, root + path, item.ModifiedUtc ?? item.PublishedUtc);
                    }
                }
            }

            xml.WriteEndElement();
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    public IActionResult Robots() => Content(
        $"User-agent: *\nDisallow: /admin\nDisallow: /login\nDisallow: /account\nDisallow: /api\nAllow: /\n\nSitemap: {Root()}sitemap.xml\n",
        "text/plain; charset=utf-8");

    private string Root() => HttpContext.PublicBaseUrl();

    private static void WriteUrl(XmlWriter xml, string ns, string location, DateTime? modified)
    {
        xml.WriteStartElement("url", ns);
        // A path stored before paths were cleaned may hold a character XML cannot carry; it must not fail the sitemap.
        xml.WriteElementString("loc", ns, SafeText.Strip(location));
        if (modified is { } date)
        {
            xml.WriteElementString("lastmod", ns, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
