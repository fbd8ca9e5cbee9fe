using System.Text.Json.Nodes;

namespace DanVan.Orchard.SiteTransfer;

/// <summary>
/// Settings groups kept as an Orchard recipe gave them (ReCaptchaSettings, SmtpSettings, …) until a module takes them
/// over may hold secrets: an export carries them without, so a backup or a copy handed to another board leaks none.
/// </summary>
public static class SecretSettings
{
    private static readonly string[] SecretWords = ["password", "secret", "apikey", "accesskey", "privatekey", "connectionstring", "token"];

    public static bool IsSecret(string name) =>
        SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>A copy of <paramref name="node"/> without any property named like a secret, at any depth.</summary>
    public static JsonNode? WithoutSecrets(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => !IsSecret(p.Key)).Select(p => KeyValuePair.Create(p.Key, WithoutSecrets(p.Value)))),
        JsonArray array => new JsonArray(array.Select(WithoutSecrets).ToArray()),
        _ => node?.DeepClone(),
    };
}
