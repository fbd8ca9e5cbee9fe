using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// Asks Google's <c>siteverify</c> (the configured URL) whether a reCAPTCHA token is good, within a short timeout.
/// No answer — timeout, network, a page that is not siteverify's JSON — marks Google down for the tenant for a while,
/// so the form falls back to the offline captcha instead of refusing every reader.
/// </summary>
public sealed class ReCaptchaVerifier(
    IHttpClientFactory httpClients,
    ReCaptchaSettingsStore store,
    TenantContext tenant,
    ReCaptchaOutages outages,
    IOptions<ReCaptchaOptions> options,
    ILogger<ReCaptchaVerifier> logger)
{
    public const string HttpClientName = "DanVan.Feedback.ReCaptcha";

    /// <summary>The tenant's settings when reCAPTCHA is set up and Google is not known to be down; else null.</summary>
    public async Task<ReCaptchaSettings?> ActiveSettingsAsync(CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        // A secret that no longer unprotects (keys lost) cannot be verified: the offline captcha serves until it is typed again.
        return settings.IsUsable && !outages.IsDown(tenant.Settings.Name) && store.UnprotectSecret(settings) is not null ? settings : null;
    }

    public async Task<CaptchaResult> VerifyAsync(ReCaptchaSettings settings, string? token, string? clientAddress, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4000)
        {
            return CaptchaResult.Failed;
        }

        if (store.UnprotectSecret(settings) is not { } secret)
        {
            return CaptchaResult.Unavailable;
        }

        var fields = new Dictionary<string, string> { ["secret"] = secret, ["response"] = token };
        if (clientAddress is not null)
        {
            fields["remoteip"] = clientAddress;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        SiteVerifyAnswer? answer;
        try
        {
            using var content = new FormUrlEncodedContent(fields);
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(options.Value.VerifyUrl, content, timeout.Token);
            response.EnsureSuccessStatusCode();
            answer = await response.Content.ReadFromJsonAsync<SiteVerifyAnswer>(timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException ||
                                  (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            FeedbackLog.ReCaptchaUnreachable(logger, tenant.Settings.Name, options.Value.VerifyUrl, e.GetType().Name, e.Message);
            outages.Report(tenant.Settings.Name, options.Value.OutageBackoff);
            return CaptchaResult.Unavailable;
        }

        if (answer is null)
        {
            outages.Report(tenant.Settings.Name, options.Value.OutageBackoff);
            return CaptchaResult.Unavailable;
        }

        var passed = answer.Success && (settings.Mode != ReCaptchaMode.V3 || (answer.Score ?? 0) >= settings.ScoreThreshold);
        if (!passed)
        {
            FeedbackLog.ReCaptchaRefused(logger, tenant.Settings.Name, answer.Score, answer.ErrorCodes);
        }

        return passed ? CaptchaResult.Passed : CaptchaResult.Failed;
    }

    private sealed class SiteVerifyAnswer
    {
        [JsonPropertyName("success")]
        public bool Success { get; set; }

        [JsonPropertyName("score")]
        public double? Score { get; set; }

        [JsonPropertyName("error-codes")]
        public string[]? ErrorCodes { get; set; }
    }
}
