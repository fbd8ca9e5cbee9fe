using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DanVan.Web.Tests.Hardening;

/// <summary>Password links never reach the log; a developer without a mail server reads them from .eml files instead.</summary>
public sealed class EmailSecretsLoggingTests(ProvisionedSiteFixture site) : IClassFixture<ProvisionedSiteFixture>
{
    [Fact]
    public async Task Without_a_mail_server_the_log_names_the_recipient_but_holds_no_link()
    {
        var logs = new CapturingLoggerProvider();
        using var host = site.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        await site.CreateUserAsync("TraLinh", "quen-trong-log", "Author");
        var client = new TenantClient(host.CreateClient(new() { AllowAutoRedirect = false }), "/tra-linh").AnsweringCaptchas(site);

        var asked = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "quen-trong-log@example.vn" });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains(logs.Messages, m => m.Contains("quen-trong-log@example.vn", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains("reset-password", StringComparison.OrdinalIgnoreCase) || m.Contains("code=", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task With_the_mail_drop_the_link_is_in_an_eml_file_that_works_and_its_token_is_not_logged()
    {
        var logs = new CapturingLoggerProvider();
        using var host = site.WithWebHostBuilder(b => b.UseSetting("DanVan:Email:MailDrop", "true").ConfigureLogging(l => l.AddProvider(logs)));
        await site.CreateUserAsync("TraLinh", "quen-co-tep", "Author");
        var client = new TenantClient(host.CreateClient(new() { AllowAutoRedirect = false }), "/tra-linh").AnsweringCaptchas(site);

        await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "quen-co-tep@example.vn" });

        // Delivered by the outbox's background sender, into the tenant's mail drop.
        var drop = Path.Combine(site.AppData, "Sites", "TraLinh", "mail-drop");
        var mails = await Eventually.ReturnsAsync(
            () => Task.FromResult(Directory.Exists(drop)
                ? Directory.EnumerateFiles(drop, "*.eml").Select(File.ReadAllText).Where(m => m.Contains("To: quen-co-tep@example.vn", StringComparison.Ordinal)).ToList()
                : []),
            found => found.Count > 0);
        var mail = Assert.Single(mails);
        var link = new Uri(Regex.Match(mail, @"https?://\S+").Value);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        string code = query["code"]!;
        Assert.NotEmpty(code);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(code, StringComparison.Ordinal) || m.Contains(Uri.EscapeDataString(code), StringComparison.Ordinal));

        var reset = await client.PostFormAsync(link.PathAndQuery[client.Prefix.Length..], "/account/reset-password", new()
        {
            ["UserId"] = query["userId"]!, ["Code"] = code, ["Password"] = "mat-khau-tu-tep-1", ["ConfirmPassword"] = "mat-khau-tu-tep-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (provider._messages)
                {
                    provider._messages.Add(formatter(state, exception) + " " + exception);
                }
            }
        }
    }
}
