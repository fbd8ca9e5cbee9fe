using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Security.Cryptography;
using DanVan.Orchard.Data;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.DataProtection;

namespace DanVan.Feedback.Captcha;

/// <summary>
/// The tenant's reCAPTCHA settings. A recipe's <c>Settings</c> step leaves Orchard's <c>ReCaptchaSettings</c> group
/// (<c>SiteKey</c>, <c>SecretKey</c>, and our <c>Mode</c> "V2"/"V3"/"Off" and <c>ScoreThreshold</c>) in the site
/// settings; it is taken over into the module's document on first read and removed from there. The secret is kept
/// only protected by Data Protection with a purpose per tenant, like the e-mail module's SMTP password.
/// </summary>
public sealed class ReCaptchaSettingsStore(IDocumentStore documents, IRecipeSettingsTakeover takeover, TenantContext tenant, IDataProtectionProvider protection)
{
    public const string RecipeGroup = "ReCaptchaSettings";

    public async Task<ReCaptchaSettings> GetAsync(CancellationToken cancellationToken)
    {
        await takeover.TakeOverAsync(RecipeGroup, ReCaptchaSettings.DocumentId, (group, ct) => SaveAsync(FromRecipe(group), ct), cancellationToken);

        var settings = await documents.GetAsync<ReCaptchaSettings>(ReCaptchaSettings.DocumentId, cancellationToken);
        if (!string.IsNullOrEmpty(settings.LegacyClearSecretKey))
        {
            settings = new ReCaptchaSettings
            {
                Mode = settings.Mode,
                SiteKey = settings.SiteKey,
                ProtectedSecretKey = Protect(settings.LegacyClearSecretKey),
                ScoreThreshold = settings.ScoreThreshold,
                RobotsOnly = settings.RobotsOnly,
                RobotPostLimit = settings.RobotPostLimit,
                RobotWindowMinutes = settings.RobotWindowMinutes,
            };
            await SaveAsync(settings, cancellationToken);
        }

        return settings;
    }

    public string Protect(string secret) => Protector().Protect(secret);

    /// <summary>The secret in clear, or null when there is none or it cannot be read (keys changed, another tenant's): it must be entered again.</summary>
    public string? UnprotectSecret(ReCaptchaSettings settings)
    {
        if (string.IsNullOrEmpty(settings.ProtectedSecretKey))
        {
            return null;
        }

        try
        {
            return Protector().Unprotect(settings.ProtectedSecretKey);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private IDataProtector Protector() => protection.CreateProtector("DanVan.Feedback.ReCaptchaSecretKey", tenant.Settings.Name);

    public Task SaveAsync(ReCaptchaSettings settings, CancellationToken cancellationToken) =>
        documents.SaveAsync(ReCaptchaSettings.DocumentId, settings, cancellationToken);

    private ReCaptchaSettings FromRecipe(JsonObject group)
    {
        var secret = Text(group, "SecretKey");
        var settings = new ReCaptchaSettings
        {
            SiteKey = Text(group, "SiteKey"),
            ProtectedSecretKey = secret is null ? null : Protect(secret),
        };

        // Orchard's group has only the keys: with keys and no mode, the checkbox (v2) is what Orchard shows.
        settings.Mode = Text(group, "Mode")?.ToUpperInvariant() switch
        {
            "V3" or "3" => ReCaptchaMode.V3,
            "OFF" or "0" => ReCaptchaMode.Off,
            _ => settings.SiteKey is not null && secret is not null ? ReCaptchaMode.V2 : ReCaptchaMode.Off,
        };
        if (group["ScoreThreshold"] is JsonValue threshold && threshold.GetValueKind() == JsonValueKind.Number)
        {
            settings.ScoreThreshold = Math.Clamp(threshold.GetValue<double>(), 0, 1);
        }
        else if (double.TryParse(Text(group, "ScoreThreshold"), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            settings.ScoreThreshold = Math.Clamp(parsed, 0, 1);
        }

        return settings;
    }

    private static string? Text(JsonObject group, string name) =>
        group[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text ? text.Trim() : null;
}
