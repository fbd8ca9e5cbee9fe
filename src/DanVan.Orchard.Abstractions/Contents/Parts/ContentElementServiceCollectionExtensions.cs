using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Contents.Parts;

/// <summary>
/// <c>services.AddContentPart("TitlePart").WithHandler&lt;TitlePartHandler&gt;().WithEditor&lt;TitlePartEditor&gt;()</c>,
/// <c>services.AddContentField("LinkField").WithHandler&lt;…&gt;().WithEditor&lt;…&gt;()</c>: what a module's startup
/// writes for each part with behaviour and each field type it brings.
/// </summary>
public static class ContentElementServiceCollectionExtensions
{
    public static ContentElementBuilder AddContentPart(this IServiceCollection services, string partName) =>
        Add(services, ContentElementKind.Part, partName);

    public static ContentElementBuilder AddContentField(this IServiceCollection services, string fieldType) =>
        Add(services, ContentElementKind.Field, fieldType);

    private static ContentElementBuilder Add(IServiceCollection services, ContentElementKind kind, string name)
    {
        var registration = new ContentElementRegistration(kind, name);
        services.AddSingleton(registration);
        return new ContentElementBuilder(services, registration);
    }
}
