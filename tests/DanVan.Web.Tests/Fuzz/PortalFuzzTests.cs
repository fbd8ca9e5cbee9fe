using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DanVan.Tenants.Services;

namespace DanVan.Web.Tests.Fuzz;

/// <summary>
/// The fuzz pass over the provincial portal: the tenants admin's forms, the CSV import and the tenants API. Seeded and
/// reproducible; no generated input may produce a 5xx.
/// </summary>
public sealed partial class PortalFuzzTests(PortalFuzzTests.Site site) : IClassFixture<PortalFuzzTests.Site>
{
    private const int Iterations = 100;

    public sealed class Site : OrchardWebApplicationFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await Get<DanVan.Orchard.Tenancy.TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
            await CreateAndSetupAsync("BaoLac", "bao-lac", "Ban Dân vận Huyện ủy Bảo Lạc", "district-board");
            await Get<DanVan.Orchard.Tenancy.TenantManager>().CreateAsync(
                new DanVan.Orchard.Tenancy.CreateTenantRequest("ChoSetup", "Chờ cài đặt", "cho-setup", null, "district-board"), CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Tenants_admin_forms_never_answer_5xx()
    {
        var admin = await SignedInAsync();
        var fuzzer = new FormFuzzer(admin, new FuzzValues(6));

        foreach (var page in new[]
        {
            "/admin/tenants/create", "/admin/tenants/BaoLac/edit", "/admin/tenants/ChoSetup/setup", "/admin/tenants/feature-profiles",
            "/admin/tenants/api-keys",
        })
        {
            await fuzzer.FuzzPageAsync(page, Iterations, action => action.EndsWith("/remove", StringComparison.Ordinal) || action.Contains("/logout", StringComparison.Ordinal));
        }

        Assert.True(fuzzer.Failures.Count == 0, string.Join(Environment.NewLine, fuzzer.Failures.Take(10)));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/tenants")).StatusCode);
    }

    [Fact]
    public async Task Generated_csv_files_get_a_report_never_a_5xx()
    {
        var admin = await SignedInAsync();
        var values = new FuzzValues(2026);
        var page = await admin.GetStringAsync("/admin/tenants/import");
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        var failures = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var csv = GenerateCsv(values);
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "districts.csv" },
            };
            var error = await FuzzOutcome.ServerErrorAsync(() => admin.Http.PostAsync("/admin/tenants/import", form));
            if (error is not null)
            {
                failures.Add($"seed 2026 iteration {i}: import {error} for {Convert.ToBase64String(csv.AsSpan(0, Math.Min(200, csv.Length)))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));
    }

    [Fact]
    public async Task Generated_api_calls_get_a_problem_never_a_5xx()
    {
        var key = await site.Get<ApiKeyStore>().IssueAsync("fuzz", "tests", CancellationToken.None);
        var api = site.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var values = new FuzzValues(777);
        var failures = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var body = GenerateBody(values);
            var path = (i % 3) switch
            {
                0 => "/api/tenants",
                1 => $"/api/tenants/{FuzzValues.Escape(values.String(60).Replace("\0", string.Empty))}/setup",
                _ => $"/api/tenants/{FuzzValues.Escape(values.String(60).Replace("\0", string.Empty))}",
            };
            HttpResponseMessage? response = null;
            var error = await FuzzOutcome.ServerErrorAsync(async () => response = i % 3 == 2
                ? await api.GetAsync(path)
                : await api.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json")));
            if (error is not null)
            {
                failures.Add($"seed 777 iteration {i}: {path} {error} for {body[..Math.Min(300, body.Length)]}");
            }
            else if ((int)response!.StatusCode >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json" && (int)response.StatusCode != 404)
            {
                failures.Add($"seed 777 iteration {i}: {path} answered {(int)response.StatusCode} without problem details");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));
    }

    private async Task<TenantClient> SignedInAsync()
    {
        var admin = site.Client(string.Empty);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin", OrchardWebApplicationFactory.AdminPassword)).StatusCode);
        return admin;
    }

    private static byte[] GenerateCsv(FuzzValues values)
    {
        var text = new StringBuilder();
        if (values.Chance(70))
        {
            text.Append(string.Join(values.Chance(90) ? "," : ";", TenantCsvReader.Columns)).Append(values.Chance(50) ? "\r\n" : "\n");
        }

        for (var row = values.Next(6); row > 0; row--)
        {
            var cells = Enumerable.Range(0, values.Next(8)).Select(_ => values.Next(4) switch
            {
                0 => values.String(80),
                1 => "\"" + values.String(40).Replace("\"", values.Chance(50) ? "\"\"" : "\"") + (values.Chance(80) ? "\"" : string.Empty),
                2 => $"huyen-{values.Next(100)}",
                _ => $"admin{values.Next(9)}@example.vn",
            });
            text.Append(string.Join(',', cells)).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return values.Next(5) switch
        {
            0 => [0xEF, 0xBB, 0xBF, .. bytes],
            1 => [.. bytes, 0xC3, 0x28, 0xFF],
            2 => [0xFF, 0xFE, .. bytes],
            _ => bytes,
        };
    }

    private static string GenerateBody(FuzzValues values)
    {
        var body = new JsonObject
        {
            ["name"] = $"Huyen{values.Next(1000)}", ["displayName"] = "Ban Dân vận", ["prefix"] = $"huyen-{values.Next(1000)}",
            ["recipe"] = "district-board", ["adminEmail"] = "admin@example.vn", ["adminPassword"] = "mat-khau-dai-1",
        };
        foreach (var field in new[] { "name", "displayName", "prefix", "host", "recipe", "adminEmail", "adminPassword", "sampleContent", "variables" })
        {
            if (values.Chance(40))
            {
                body[field] = values.Next(7) switch
                {
                    0 => null,
                    1 => values.Next(int.MaxValue),
                    2 => new JsonArray(values.String(20), 1),
                    3 => new JsonObject { [values.String(10)] = values.String(30) },
                    4 => values.Chance(50),
                    _ => values.String(200),
                };
            }
        }

        var json = body.ToJsonString();
        return values.Next(10) switch
        {
            0 => json[..values.Next(json.Length)],
            1 => values.RandomText(50),
            2 => "[" + json + "]",
            _ => json,
        };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
