using Microsoft.Extensions.Logging;

namespace DanVan.Feedback;

/// <summary>Log messages of reader feedback and its captcha (event ids 2950–2969).</summary>
internal static partial class FeedbackLog
{
    [LoggerMessage(EventId = 2950, Level = LogLevel.Warning, Message = "reCAPTCHA of {Tenant} unreachable at {Url} ({Kind}: {Error}); the offline captcha is used for a while.")]
    public static partial void ReCaptchaUnreachable(ILogger logger, string tenant, Uri url, string kind, string error);

    [LoggerMessage(EventId = 2951, Level = LogLevel.Information, Message = "reCAPTCHA of {Tenant} refused a token (score {Score}, errors {Errors}).")]
    public static partial void ReCaptchaRefused(ILogger logger, string tenant, double? score, string[]? errors);

    [LoggerMessage(EventId = 2952, Level = LogLevel.Information, Message = "Reader feedback of {Tenant} received: {Outcome}.")]
    public static partial void Received(ILogger logger, string tenant, Services.FeedbackOutcome outcome);
}
