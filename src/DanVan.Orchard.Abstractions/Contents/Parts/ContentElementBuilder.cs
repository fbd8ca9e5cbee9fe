using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Orchard.Contents.Parts;

/// <summary>Adds a handler and an editor to a part or field registration (handlers and editors are scoped services).</summary>
public sealed class ContentElementBuilder(IServiceCollection services, ContentElementRegistration registration)
{
    public ContentElementRegistration Registration { get; } = registration;

    public ContentElementBuilder WithHandler<THandler>()
        where THandler : class
    {
        Expect<THandler>(Registration.Kind == ContentElementKind.Part ? typeof(IContentPartHandler) : typeof(IContentFieldHandler));
        Registration.HandlerType = typeof(THandler);
        services.TryAddScoped<THandler>();
        return this;
    }

    public ContentElementBuilder WithEditor<TEditor>()
        where TEditor : class
    {
        Expect<TEditor>(Registration.Kind == ContentElementKind.Part ? typeof(IContentPartEditor) : typeof(IContentFieldEditor));
        Registration.EditorType = typeof(TEditor);
        services.TryAddScoped<TEditor>();
        return this;
    }

    /// <summary>Names the feature explicitly (by default a registration belongs to the registering module's feature).</summary>
    public ContentElementBuilder ForFeature(string featureId)
    {
        Registration.FeatureId = featureId;
        return this;
    }

    private void Expect<T>(Type contract)
    {
        if (!contract.IsAssignableFrom(typeof(T)))
        {
            throw new ArgumentException($"{typeof(T).Name} registered for the {Registration.Kind.ToString().ToLowerInvariant()} '{Registration.Name}' is not an {contract.Name}.");
        }
    }
}
