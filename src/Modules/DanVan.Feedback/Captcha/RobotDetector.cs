using DanVan.Orchard.Security;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// When a form asks for the captcha (Orchard's robot detection). Sign-in: after <see cref="SignInCaptchaOptions.FailedAttempts"/>
/// failures of the typed name or from the address. The reader's form: always, or in the tenant's "robots only" mode
/// (<see cref="ReCaptchaSettings.RobotsOnly"/>) only for an address that sent more than <see cref="ReCaptchaSettings.RobotPostLimit"/>
/// posts in <see cref="ReCaptchaSettings.RobotWindowMinutes"/> minutes, or failed to sign in as many times as above.
/// Counted in the tenant's database (<see cref="ClientCounters"/>), so every node asks alike.
/// </summary>
public sealed class RobotDetector(ClientCounters counters, ReCaptchaSettingsStore settings, IOptions<SignInCaptchaOptions> signIn)
{
    public async Task<bool> FormNeedsCaptchaAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var tenant = await settings.GetAsync(cancellationToken);
        if (!tenant.RobotsOnly)
        {
            return true;
        }

        var address = Address(context);
        return await counters.GetAsync(ClientCounters.FormPostAddress, address, cancellationToken) >= tenant.RobotPostLimit ||
               await counters.GetAsync(ClientCounters.SignInAddress, address, cancellationToken) >= signIn.Value.FailedAttempts;
    }

    /// <summary>Counts a post of the reader's form; only in "robots only" mode, the one that reads the count.</summary>
    public async Task RecordFormPostAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var tenant = await settings.GetAsync(cancellationToken);
        if (tenant.RobotsOnly)
        {
            await counters.AddAsync(ClientCounters.FormPostAddress, Address(context), TimeSpan.FromMinutes(tenant.RobotWindowMinutes), cancellationToken);
        }
    }

    public async Task<bool> SignInNeedsCaptchaAsync(HttpContext context, string? userName, CancellationToken cancellationToken)
    {
        var limit = signIn.Value.FailedAttempts;
        return (!string.IsNullOrEmpty(userName) && await counters.GetAsync(ClientCounters.SignInName, Name(userName), cancellationToken) >= limit) ||
               await counters.GetAsync(ClientCounters.SignInAddress, Address(context), cancellationToken) >= limit;
    }

    public async Task RecordSignInAsync(HttpContext context, string userName, bool succeeded, CancellationToken cancellationToken)
    {
        if (succeeded)
        {
            // The address keeps its count: one good account must not buy guesses at others.
            await counters.ClearAsync(ClientCounters.SignInName, Name(userName), cancellationToken);
            return;
        }

        await counters.AddAsync(ClientCounters.SignInName, Name(userName), signIn.Value.Window, cancellationToken);
        await counters.AddAsync(ClientCounters.SignInAddress, Address(context), signIn.Value.Window, cancellationToken);
    }

    // "Admin", "admin " and "ADMIN" are one name to Identity: they count as one.
    private static string Name(string userName) => userName.Trim().ToUpperInvariant();

    private static string Address(HttpContext context) => ClientAddress.Key(context);
}
