using System.Net;

namespace DanVan.Web.Tests;

/// <summary>The content admin's forms as <see cref="ContentAdminTests"/> posts them, and how it reads the answers.</summary>
internal static class ContentAdminForms
{
    public static Task<HttpResponseMessage> CreateArticleAsync(TenantClient client, string title, string submit, Dictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Path"] = string.Empty,
            ["BodyHtml"] = "<p>Nội dung bài viết thử nghiệm.</p>",
            ["f.Article.Summary"] = "Tóm tắt bài viết.",
            ["f.Article.Tags"] = "dân vận khéo, thử nghiệm",
            ["submit"] = submit,
        };
        foreach (var (key, value) in extra ?? [])
        {
            fields[key] = value;
        }

        return client.PostFormAsync("/admin/contents/create/Article", "/admin/contents/create/Article", fields);
    }

    public static string IdFrom(HttpResponseMessage saved)
    {
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = TenantClient.Location(saved);
        Assert.Matches("^/hoa-an/admin/contents/[0-9a-f]{32}/edit$", location);
        return location.Split('/')[^2];
    }

    public static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden ||
        (response.StatusCode == HttpStatusCode.Redirect && TenantClient.Location(response).Contains("/account/denied", StringComparison.Ordinal));

    /// <summary>The version stamp the schedule page of <paramref name="id"/> shows (what its form posts back).</summary>
    public static async Task<string> ScheduleStampAsync(TenantClient client, string id)
    {
        var form = await client.GetStringAsync($"/admin/contents/{id}/schedule");
        var stamp = System.Text.RegularExpressions.Regex.Match(form, "name=\"Stamp\" value=\"([^\"]*)\"").Groups[1].Value;
        Assert.NotEmpty(stamp);
        return stamp;
    }
}
