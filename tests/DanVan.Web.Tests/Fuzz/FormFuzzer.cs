using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DanVan.Web.Tests.Fuzz;

/// <summary>
/// Posts generated values into the forms of a page, the way a hostile or broken client would: every field mutated,
/// dropped or kept, unknown fields added, the antiforgery token sometimes missing or garbled. Any 5xx is a failure
/// that names the seed, the iteration and the form.
/// </summary>
public sealed class FormFuzzer(TenantClient client, FuzzValues values)
{
    private static readonly HtmlParser Parser = new();

    public List<string> Failures { get; } = [];

    public int Posted { get; private set; }

    public async Task FuzzPageAsync(string page, int iterations, Func<string, bool>? skipAction = null)
    {
        var forms = await ReadFormsAsync(page);
        Assert.True(forms.Count > 0, $"no form to fuzz on {client.Url(page)}");
        foreach (var form in forms.Where(f => skipAction is null || !skipAction(f.Action)))
        {
            for (var i = 0; i < iterations; i++)
            {
                var body = Mutate(form);
                var error = await FuzzOutcome.ServerErrorAsync(() => client.Http.PostAsync(form.Action, new FormUrlEncodedContent(body)));
                Posted++;
                if (error is not null)
                {
                    Failures.Add($"seed {values.Seed} iteration {i}: POST {form.Action} {error} for " +
                        string.Join(", ", body.Select(kv => $"{kv.Key}={Preview(kv.Value)}")));
                }
            }
        }
    }

    private List<KeyValuePair<string, string>> Mutate(FuzzForm form)
    {
        var body = new List<KeyValuePair<string, string>>();
        foreach (var (name, value, options) in form.Fields)
        {
            if (name == "__RequestVerificationToken")
            {
                body.Add(new(name, values.Chance(5) ? values.RandomText(20) : value));
                continue;
            }

            if (values.Chance(10))
            {
                continue;
            }

            var mutated = values.Next(4) switch
            {
                0 => value,
                1 when options.Count > 0 => options[values.Next(options.Count)],
                _ => values.String(),
            };
            body.Add(new(name, mutated));
            if (values.Chance(5))
            {
                body.Add(new(name, values.String()));
            }
        }

        if (values.Chance(10))
        {
            body.Add(new(values.Chance(50) ? values.RandomText(6) : "f." + values.String(10), values.String()));
        }

        return body;
    }

    private async Task<List<FuzzForm>> ReadFormsAsync(string page)
    {
        var response = await client.GetAsync(page);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {client.Url(page)} answered {(int)response.StatusCode} {response.Headers.Location}");
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var pageUri = new Uri(new Uri("http://localhost"), client.Url(page));
        var forms = new List<FuzzForm>();
        foreach (var form in document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
        {
            var action = form.GetAttribute("action") is { Length: > 0 } a ? new Uri(pageUri, a).PathAndQuery : pageUri.PathAndQuery;
            var fields = new List<(string, string, IReadOnlyList<string>)>();
            foreach (var element in form.Elements)
            {
                switch (element)
                {
                    case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("file" or "submit" or "button" or "image"):
                        fields.Add((input.Name!, input.Value, []));
                        break;
                    case IHtmlButtonElement { Name.Length: > 0 } button:
                        fields.Add((button.Name!, button.Value, []));
                        break;
                    case IHtmlTextAreaElement { Name.Length: > 0 } area:
                        fields.Add((area.Name!, area.Value, []));
                        break;
                    case IHtmlSelectElement { Name.Length: > 0 } select:
                        fields.Add((select.Name!, select.Value ?? string.Empty, select.Options.Select(o => o.Value).ToList()));
                        break;
                }
            }

            forms.Add(new FuzzForm(action, fields.DistinctBy(f => f.Item1 + "\u0000" + f.Item2).ToList()));
        }

        return forms;
    }

    private static string Preview(string value)
    {
        var escaped = string.Concat(value.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return value.Length > 60 ? $"{escaped}…({value.Length} chars)" : escaped;
    }

    private sealed record FuzzForm(string Action, List<(string Name, string Value, IReadOnlyList<string> Options)> Fields);
}
