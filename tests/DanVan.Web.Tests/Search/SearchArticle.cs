using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;

namespace DanVan.Web.Tests.Search;

/// <summary>An Article of the district-board definition (title, lead, body, category, tags), for the search tests and the bench.</summary>
public static class SearchArticle
{
    public static ContentItem Make(string title, string lead, string body, string category, params string[] tags) => new()
    {
        ContentType = "Article",
        DisplayText = title,
        Content = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = $"<p>{System.Net.WebUtility.HtmlEncode(body)}</p>" },
            ["Article"] = new JsonObject
            {
                ["Summary"] = new JsonObject { ["Text"] = lead },
                ["Category"] = new JsonObject { ["Text"] = category },
                ["Tags"] = new JsonObject { ["TagNames"] = new JsonArray(tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()) },
            },
        },
    };
}
