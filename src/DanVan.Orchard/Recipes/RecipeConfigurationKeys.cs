namespace DanVan.Orchard.Recipes;

/// <summary>
/// What <c>[js: configuration('Key')]</c> may read. A recipe is data anyone with the right to run it may write, so it
/// must not copy the host's settings (the SMTP password, connection strings) into content: it reads only keys under
/// <see cref="Prefix"/>. A key given without it is looked up under it (Orchard's
/// <c>configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')</c> gets its default unless the operator sets
/// <c>DanVan:Recipes:Parameters:OrchardCore_Admin:AdminUrlPrefix</c>); any other <c>DanVan:</c> key is refused by name.
/// </summary>
public static class RecipeConfigurationKeys
{
    public const string Prefix = "DanVan:Recipes:Parameters:";

    /// <summary>The configuration key read for <paramref name="key"/>, or null when recipes may not read it.</summary>
    public static string? Resolve(string key)
    {
        if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return key;
        }

        return key.StartsWith("DanVan:", StringComparison.OrdinalIgnoreCase) || key.StartsWith("DanVan__", StringComparison.OrdinalIgnoreCase)
            ? null
            : Prefix + key;
    }
}
