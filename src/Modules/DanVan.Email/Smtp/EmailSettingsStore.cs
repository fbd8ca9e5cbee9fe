using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Orchard.Data;
using DanVan.Orchard.Settings;
using DanVan.Orchard.Tenancy;
using Microsoft.AspNetCore.DataProtection;

namespace DanVan.Email.Smtp;

/// <summary>
/// The tenant's mail server settings, with the password protected by Data Protection (a purpose per tenant). A recipe's
/// <c>Settings</c> step leaves Orchard's <c>SmtpSettings</c> group, password in clear, in the site settings: it is taken
/// over on first read — password protected, group removed — so it stays in clear only until then.
/// </summary>
public sealed class EmailSettingsStore(IDocumentStore documents, IRecipeSettingsTakeover takeover, TenantContext tenant, IDataProtectionProvider protection)
{
    public const string RecipeGroup = "SmtpSettings";

    public async Task<TenantSmtpSettings> GetAsync(CancellationToken cancellationToken)
    {
        await takeover.TakeOverAsync(RecipeGroup, TenantSmtpSettings.DocumentId, (group, ct) => SaveAsync(FromRecipe(group), ct), cancellationToken);
        return await documents.GetAsync<TenantSmtpSettings>(TenantSmtpSettings.DocumentId, cancellationToken);
    }

    public Task SaveAsync(TenantSmtpSettings settings, CancellationToken cancellationToken) =>
        documents.SaveAsync(TenantSmtpSettings.DocumentId, settings, cancellationToken);

    public string Protect(string password) => Protector().Protect(password);

    /// <summary>The password in clear, or null when there is none or it cannot be read (the keys changed): it must be entered again.</summary>
    public string? Unprotect(TenantSmtpSettings settings)
    {
        if (string.IsNullOrEmpty(settings.ProtectedPassword))
        {
            return null;
        }

        try
        {
            return Protector().Unprotect(settings.ProtectedPassword);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private IDataProtector Protector() => protection.CreateProtector("DanVan.Email.SmtpPassword", tenant.Settings.Name);

    /// <summary>Orchard's shape: DefaultSender, Host, Port, EncryptionMethod (None/SslTls/StartTls or 0/1/2), RequireCredentials, UserName, Password.</summary>
    private TenantSmtpSettings FromRecipe(JsonObject group)
    {
        var settings = new TenantSmtpSettings
        {
            DefaultSender = Text(group, "DefaultSender"),
            SenderName = Text(group, "SenderName"),
            Host = Text(group, "Host"),
            Port = group["Port"] is JsonValue port && port.TryGetValue<int>(out var p) ? p
                : int.TryParse(Text(group, "Port"), out var parsed) ? parsed : 587,
            EncryptionMethod = Encryption(group["EncryptionMethod"]),
            RequireCredentials = group["RequireCredentials"] is JsonValue require && require.TryGetValue<bool>(out var r) && r,
            UserName = Text(group, "UserName"),
        };
        if (Text(group, "Password") is { } password)
        {
            settings.ProtectedPassword = Protect(password);
        }

        return settings;
    }

    private static SmtpEncryptionMethod Encryption(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number when node.GetValue<int>() is var n && Enum.IsDefined((SmtpEncryptionMethod)n) => (SmtpEncryptionMethod)n,
        JsonValueKind.String when Enum.TryParse<SmtpEncryptionMethod>(node.GetValue<string>(), ignoreCase: true, out var method) => method,
        _ => SmtpEncryptionMethod.StartTls,
    };

    private static string? Text(JsonObject group, string name) =>
        group[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text ? text.Trim() : null;
}
