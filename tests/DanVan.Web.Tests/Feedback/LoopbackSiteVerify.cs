using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Feedback;

/// <summary>
/// A loopback HTTP server speaking Google's <c>siteverify</c> protocol: a form post with <c>secret</c>, <c>response</c>
/// and <c>remoteip</c>, answered with JSON. What it answers is set by the test; <see cref="Hang"/> never answers.
/// </summary>
public sealed class LoopbackSiteVerify : IAsyncDisposable
{
    public const string Secret = "bi-mat-thu-nghiem";

    private readonly WebApplication _app;

    public LoopbackSiteVerify()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/recaptcha/api/siteverify", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            Requests.Add((form["secret"].ToString(), form["response"].ToString()));
            if (Hang)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }

            var ok = form["secret"] == Secret && form["response"] == GoodToken;
            var score = Score.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Text(ok
                ? $$"""{"success": true, "score": {{score}}, "action": "feedback", "hostname": "localhost"}"""
                : """{"success": false, "error-codes": ["invalid-input-response"]}""", "application/json");
        });
    }

    public const string GoodToken = "token-hop-le";

    /// <summary>The v3 score given with a good token.</summary>
    public double Score { get; set; } = 0.9;

    /// <summary>Accept the request and never answer (the client's timeout must end it).</summary>
    public bool Hang { get; set; }

    public ConcurrentBag<(string Secret, string Response)> Requests { get; } = [];

    public Uri Url { get; private set; } = null!;

    public async Task StartAsync()
    {
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address.TrimEnd('/') + "/recaptcha/api/siteverify");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
