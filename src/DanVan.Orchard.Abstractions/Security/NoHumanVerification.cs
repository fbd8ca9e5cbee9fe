using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Security;

/// <summary>A tenant without a captcha feature: the forms work as they always did.</summary>
public sealed class NoHumanVerification : IHumanVerification
{
    public static readonly NoHumanVerification Instance = new();

    public Type? ViewComponent => null;

    public Task<bool> IsRequiredAsync(HumanCheckPurpose purpose, HttpContext context, string? userName, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public Task<bool> VerifyAsync(HttpContext context, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task RecordSignInAsync(HttpContext context, string userName, bool succeeded, CancellationToken cancellationToken) => Task.CompletedTask;
}
