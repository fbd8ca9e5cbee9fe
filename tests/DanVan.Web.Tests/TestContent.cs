using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;

namespace DanVan.Web.Tests;

/// <summary>Content items made directly (not through the admin), for tests that need many of them quickly.</summary>
public static class TestContent
{
    public static ContentItem PublishedArticle(string title, string category, DateTime published) => new()
    {
        ContentType = "Article",
        DisplayText = title,
        Published = true,
        Latest = true,
        PublishedUtc = published,
        Content = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Nội dung.</p>" },
            ["Article"] = new JsonObject { ["Category"] = new JsonObject { ["Text"] = category } },
        },
    };
}
